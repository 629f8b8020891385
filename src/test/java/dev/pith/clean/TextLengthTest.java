package dev.pith.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextLengthTest {
    private static final String PAGE = "<body><div id=a><p id=b>  Twelve chars  </p><span id=c>abc <b id=d>de</b></span>"
            + "<i id=e></i></div><script>var long = 'not text at all';</script></body>";

    @Test
    void measureGivesEveryElementTheLengthThatAtMostCounts() {
        Document doc = Jsoup.parse(PAGE);
        Map<Element, Integer> lengths = TextLength.measure(doc.body());
        assertEquals(12, lengths.get(doc.getElementById("b")));
        assertEquals(5, lengths.get(doc.getElementById("c")));
        assertEquals(2, lengths.get(doc.getElementById("d")));
        assertEquals(0, lengths.get(doc.getElementById("e")));
        assertEquals(17, lengths.get(doc.getElementById("a")), "script data is not text");
        for (Element e : doc.body().getAllElements()) {
            int n = lengths.get(e);
            assertTrue(TextLength.atMost(e, n) != null || n == 0 && TextLength.atMost(e, 0) != null, e.id());
            if (n > 0) {
                assertNull(TextLength.atMost(e, n - 1), e.id());
            }
        }
    }

    @Test
    void measureSurvivesDeepNesting() {
        Document doc = Jsoup.parse("<div>".repeat(5000) + "deep" + "</div>".repeat(5000));
        Map<Element, Integer> lengths = TextLength.measure(doc.body());
        assertEquals(4, lengths.get(doc.body()));
    }

    @Test
    void aViewReadsShortTextOnceAndRefusesLongText() {
        Document doc = Jsoup.parse(PAGE);
        Element span = doc.getElementById("c");
        ElementView view = new ElementView(span, TextLength.measure(doc.body()), null);
        assertEquals("abc de", view.textAtMost(5));
        assertNull(view.textAtMost(4));
        assertEquals("abc de", new ElementView(span).textAtMost(10), "without measured lengths it walks the text");
    }

    @Test
    void classNamesMatchWholeNamesIgnoringCase() {
        Document doc = Jsoup.parse("<div class='Visually SR-Only'>x</div><div class='sr-only-focusable'>y</div>");
        Match m = Match.classNames("sr-only");
        assertTrue(m.matches(doc.selectFirst("div.Visually")));
        assertFalse(m.matches(doc.selectFirst("div.sr-only-focusable")));
    }

    @Test
    void moreLettersThanCountsLettersAndDigitsOnly() {
        Document doc = Jsoup.parse("<p id=a>Ab, c-d! <b>12</b> — é</p>");
        Element p = doc.getElementById("a");
        assertTrue(TextLength.moreLettersThan(p, 6), "A b c d 1 2 é: seven");
        assertFalse(TextLength.moreLettersThan(p, 7));
        assertFalse(TextLength.moreLettersThan(doc.body().appendElement("div"), 0), "an empty block has none");
    }
}
