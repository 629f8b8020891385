package dev.pith.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordBitsTest {
    @Test
    void eachSetGetsItsBitAndAWordCarriesTheBitsOfEverySetHoldingIt() {
        long a = WordBits.WORDS.register(Set.of("zebrawords", "okapiwords"));
        long b = WordBits.WORDS.register(Set.of("okapiwords"));
        assertNotEquals(0, a);
        assertNotEquals(a, b);
        assertEquals(a, WordBits.WORDS.of("zebrawords") & (a | b));
        assertEquals(a | b, WordBits.WORDS.of("okapiwords") & (a | b));
        assertEquals(0, WordBits.WORDS.of("giraffewords"));
    }

    @Test
    void classWordsMatchesTheSameElementsThroughTheBits() {
        Document doc = Jsoup.parse("<div id=a class='lynxwords-bar'></div><div id=b class='lynxwordsbar'></div>"
                + "<div id=c class='x' data-lynxwords='1'></div><div id=lynxwords></div>");
        Match m = Match.classWords("lynxwords");
        assertTrue(m.matches(doc.getElementById("a")));
        assertFalse(m.matches(doc.getElementById("b")), "a word inside another is not the word");
        assertFalse(m.matches(doc.getElementById("c")), "other attributes do not count");
        assertTrue(m.matches(doc.getElementById("lynxwords")), "the id counts");
    }
}
