package dev.pith.metadata;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuthorsTest {
    @Test
    void bylinesBecomeNames() {
        assertEquals(List.of("Jane Doe", "John Smith"),
                Authors.clean(List.of("By Jane Doe and John Smith | Updated 3 hours ago")));
        assertEquals(List.of("Hélène Brémond"), Authors.clean(List.of("Par Hélène Brémond, le 27 août 2020")));
        assertEquals(List.of("Marta Kowalczyk"), Authors.clean(List.of("Written by Marta Kowalczyk, Staff Writer")));
        assertEquals(List.of("Maria Garcia"), Authors.clean(List.of("Submitted by Maria Garcia on Tue, 07/16/2024 - 08:30")));
        assertEquals(List.of("أحمد الخطيب"), Authors.clean(List.of("بقلم: أحمد الخطيب")));
        assertEquals(List.of("Rina Wulandari"), Authors.clean(List.of("Oleh Rina Wulandari")));
        assertEquals(List.of("Мария Иванова"), Authors.clean(List.of("Автор: Мария Иванова")));
    }

    @Test
    void aNameInCapitalsTooIsOneAuthorAndParenthesesStayWhole() {
        assertEquals(List.of("Jeffrey Gettleman"), Authors.clean(List.of("Jeffrey Gettleman", "JEFFREY GETTLEMAN")));
        assertEquals(List.of("Steven (stevenhgm)"), Authors.clean(List.of("Steven (stevenhgm)")));
        assertEquals(List.of("Steven"), Authors.clean(List.of("Steven)")));
        // A handle after the name is the same person, said twice.
        assertEquals(List.of("weekend_eng"), Authors.clean(List.of("weekend_eng (id:weekend_eng)")));
        assertEquals(List.of("Jane Doe"), Authors.clean(List.of("Jane Doe (@janedoe)")));
    }

    @Test
    void usernamesWithDigitsAreNamesButDatesAreNot() {
        assertEquals(List.of("paulb203", "user447274"), Authors.clean(List.of("paulb203", "user447274")));
        assertEquals(List.of(), Authors.clean(List.of("Updated 3 hours ago", "12.03.2019", "10:45", "2019", "Page 2")));
        assertEquals(List.of(), Authors.clean(List.of("Name", "Written By", "Follow Author", "$50/mo billed monthly",
                "Home » Services")));
        assertEquals(List.of("Jeff Foust"), Authors.clean(List.of("Jeff Foust Monday")));
        assertEquals(List.of("Nathan Willis"), Authors.clean(List.of("By Nathan Willis March 25, 2015")));
    }

    @Test
    void nonNamesAreDropped() {
        assertEquals(List.of(), Authors.clean(List.of("Staff", "https://x.org/people/jane", "news@x.org", "Reuters")));
        assertEquals(List.of("Ana Lima"), Authors.clean(List.of("Ana Lima", "Ana Lima")));
    }

    @Test
    void aDegreeAfterACommaBelongsToTheNameBeforeIt() {
        assertEquals(List.of("Angela Holliday-Bell, MD"), Authors.clean(List.of("Written By Angela Holliday-Bell, MD*")));
        assertEquals(List.of("Ann Lee, PhD", "Raj Patel, DVM"), Authors.clean(List.of("Ann Lee, PhD and Raj Patel, DVM")));
        assertEquals(List.of("Martin Luther King, Jr."), Authors.clean(List.of("Martin Luther King, Jr.")));
        // Alone, a degree names nobody.
        assertEquals(List.of(), Authors.clean(List.of("MD")));
        assertEquals(List.of("John Smith", "Mary Jones"), Authors.clean(List.of("John Smith, Mary Jones")));
    }

    @Test
    void aBylineSentenceLosesItsTimeAndFullStop() {
        assertEquals(List.of("David"), Authors.clean(List.of("Posted by David at December 16, 2025 11:15 AM")));
        assertEquals(List.of("Alon Zakai"), Authors.clean(List.of("Posted by Alon Zakai.")));
        assertEquals(List.of("J. R. Smith"), Authors.clean(List.of("By J. R. Smith")));
    }

    @Test
    void aNameInCapitalsIsWrittenAsAReaderWouldAndAnEastAsianBylineLosesItsMark() {
        assertEquals(List.of("Jane Doe", "Mary O'Brien-Smith"), Authors.clean(List.of("By JANE DOE and MARY O'BRIEN-SMITH")));
        // The agency a wire byline runs on with goes; an organisation's abbreviation and small letters stay as set.
        assertEquals(List.of("Eric Tucker"), Authors.clean(List.of("ERIC TUCKER Associated Press")));
        assertEquals(List.of("USA TODAY"), Authors.clean(List.of("USA TODAY")));
        assertEquals(List.of("Ian McEwan"), Authors.clean(List.of("Ian McEwan")));
        assertEquals(List.of("山田太郎"), Authors.clean(List.of("文・山田太郎")));
        assertEquals(List.of("张三"), Authors.clean(List.of("作者：张三")));
    }
}
