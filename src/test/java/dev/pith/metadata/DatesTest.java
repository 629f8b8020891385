package dev.pith.metadata;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DatesTest {
    @Test
    void machineDatesKeepTheirOffset() {
        assertEquals("2019-03-15T10:20:30+01:00", Dates.normalize("2019-03-15T10:20:30+0100"));
        assertEquals("2019-03-15T10:20:30Z", Dates.normalize("2019-03-15T10:20:30.000Z"));
        assertEquals("2019-03-15T10:20:30", Dates.normalize("2019-03-15 10:20:30"));
        assertEquals("2019-03-15", Dates.normalize("2019-03-15"));
        assertEquals("2019-03-15T10:20:30Z", Dates.normalize("Fri, 15 Mar 2019 10:20:30 GMT"));
    }

    @Test
    void visibleDatesInSeveralLanguages() {
        assertEquals("2019-03-15", Dates.normalize("March 15, 2019"));
        assertEquals("2019-03-15", Dates.normalize("15 March 2019"));
        assertEquals("2020-08-27", Dates.normalize("le 27 août 2020"));
        assertEquals("2021-12-03", Dates.normalize("3. Dezember 2021"));
        assertEquals("2018-01-22", Dates.normalize("segunda-feira, 22 de janeiro de 2018"));
        assertEquals("2017-10-05", Dates.normalize("5 de octubre de 2017"));
        assertEquals("2016-06-01", Dates.normalize("1 giugno 2016"));
        assertEquals("2015-04-09", Dates.normalize("9 april 2015"));
        assertEquals("2019-04-12", Dates.normalize("2019年4月12日"));
    }

    @Test
    void russianPolishTurkishAndSwedishMonths() {
        assertEquals("2024-03-12", Dates.normalize("12 марта 2024"));
        assertEquals("2021-10-07", Dates.normalize("7 października 2021"));
        assertEquals("2023-08-30", Dates.normalize("30 Ağustos 2023"));
        assertEquals("2022-08-01", Dates.normalize("1 augusti 2022"));
    }

    @Test
    void hungarianCzechBulgarianUkrainianAndRomanianMonths() {
        assertEquals("2015-08-20", Dates.normalize("2015. augusztus 20., 11:16"));
        assertEquals("2016-04-04", Dates.normalize("2016. ápr. 04."));
        assertEquals("2024-03-05", Dates.normalize("5. března 2024"));
        assertEquals("2015-08-15", Dates.normalize("15 август 2015 13:28"));
        assertEquals("2023-10-12", Dates.normalize("12 жовтня 2023"));
        assertEquals("2022-12-01", Dates.normalize("1 decembrie 2022"));
        // A year before a word that is no month is no date.
        assertEquals(null, Dates.normalize("2015. nyarán 20 ember"));
    }

    @Test
    void aSlashedDateIsReadOnlyWhenItsOrderIsPlain() {
        assertEquals("2024-03-13", Dates.normalize("13/03/2024"));
        assertEquals("2024-03-13", Dates.normalize("03/13/2024"));
        assertEquals("2024-03-03", Dates.normalize("3/3/2024"));
        assertNull(Dates.normalize("3/12/2024"), "12 March in the US, 3 December in Britain");
        assertEquals("2024-12-03", Dates.normalize("03.12.2024"), "dots are day first");
    }

    @Test
    void implausibleDatesAreRefused() {
        assertNull(Dates.normalize("1887-01-01"));
        assertNull(Dates.normalize("2999-01-01"));
        assertNull(Dates.normalize("not a date"));
        assertNull(Dates.normalize(""));
        assertNull(Dates.normalize(null));
        assertNull(Dates.normalize("2019-02-30"));
        assertNull(Dates.normalize("Updated 3 hours ago"));
        assertNull(Dates.normalize("vor 2 Tagen"));
        assertNull(Dates.normalize("© 2019"));
    }

    @Test
    void datesInUrls() {
        assertEquals("2023-11-02", Dates.fromUrl("https://x.org/2023/11/02/lazy-iterators/"));
        assertEquals("2019-11-20", Dates.fromUrl("https://x.org/news/20191120-some-story/"));
        assertNull(Dates.fromUrl("https://x.org/news/story"));
    }
}
