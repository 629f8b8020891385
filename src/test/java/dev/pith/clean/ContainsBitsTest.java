package dev.pith.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContainsBitsTest {
    @Test
    void oneScanFindsTheBitsOfEverySetWithASubstringInTheText() {
        long a = ContainsBits.register("zebrapart", "okapipart");
        long b = ContainsBits.register("okapipart", "-lemur");
        assertNotEquals(0, a);
        assertNotEquals(a, b);
        long mask = a | b;
        assertEquals(a, ContainsBits.of("site-zebrapart-bar".toCharArray()) & mask);
        assertEquals(a | b, ContainsBits.of("xokapipartx".toCharArray()) & mask, "a shared substring sets both bits");
        assertEquals(b, ContainsBits.of("big-lemur".toCharArray()) & mask);
        assertEquals(0, ContainsBits.of("lemur zebra okapi".toCharArray()) & mask);
        assertEquals(0, ContainsBits.of(new char[0]) & mask);
    }

    @Test
    void anEmptySubstringIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ContainsBits.register("yakpart", ""));
    }

    @Test
    void classContainsMatchesTheSameElementsThroughTheBits() {
        Document doc = Jsoup.parse("<div id=a class='Top-GnuPart-Bar'></div><div id=b class='gnu part'></div>"
                + "<div id=c class='x' data-gnupart='1'></div><div id=my-gnupart></div><p id=d>gnupart</p>");
        Match m = Match.classContains("gnupart");
        assertTrue(m.matches(doc.getElementById("a")), "class is compared lower-cased");
        assertFalse(m.matches(doc.getElementById("b")), "two class names are not one substring");
        assertFalse(m.matches(doc.getElementById("c")), "other attributes do not count");
        assertTrue(m.matches(doc.getElementById("my-gnupart")), "the id counts");
        assertFalse(m.matches(doc.getElementById("d")), "text does not count");
    }
}
