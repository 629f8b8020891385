package dev.pith.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassBitsTest {
    private static final String PAGE = "<div id=a class='share-bar Widget_text'></div><div id=b class='share-bar Widget_text'>"
            + "</div><div id=c class='item sr-only'></div><div id=socialLinks class='item'></div>"
            + "<div id=widget-7></div><div id=d class='elementor-widget'></div><div id=e role=' Navigation '></div>"
            + "<div id=f role=navigationx></div><div id=g class='x' data-share='1'></div>";

    @Test
    void anAttributeIsWorkedOutOnceAPageAndAsWhenLookedAtAlone() {
        ClassBits page = new ClassBits();
        long[] first = page.of("share-bar Widget_text");
        assertSame(first, page.of("share-bar Widget_text"), "the second element with the attribute reads the first's bits");
        assertArrayEquals(ClassBits.compute("share-bar Widget_text"), first);
        assertArrayEquals(new long[4], page.of(""));
    }

    @Test
    void matchesGiveTheSameAnswersThroughThePageCacheAsWithout() {
        Document doc = Jsoup.parse(PAGE);
        List<Match> matches = List.of(Match.classWords("share", "social"), Match.classContains("bar", "links"),
                Match.classNames("sr-only"), Match.classStarts("widget"), Match.roles("navigation"));
        ClassBits page = new ClassBits();
        for (Element el : doc.body().getAllElements()) {
            for (Match m : matches) {
                assertEquals(m.matches(el), m.matches(new ElementView(el, null, page)), m + " on #" + el.id());
            }
        }
        Match widget = Match.classStarts("widget");
        assertTrue(widget.matches(doc.getElementById("widget-7")), "the id counts");
        assertFalse(widget.matches(doc.getElementById("d")));
        assertTrue(Match.classWords("social").matches(doc.getElementById("socialLinks")), "the id's words count");
        assertFalse(Match.classNames("socialLinks").matches(doc.getElementById("socialLinks")), "an id is no class name");
        assertFalse(Match.classWords("share").matches(doc.getElementById("g")), "other attributes do not count");
    }

    @Test
    void aRoleIsReadTrimmedAndIgnoringCaseAndWhole() {
        Document doc = Jsoup.parse(PAGE);
        Match nav = Match.roles("navigation", "search");
        assertTrue(nav.matches(doc.getElementById("e")));
        assertFalse(nav.matches(doc.getElementById("f")));
        assertFalse(nav.matches(doc.getElementById("a")));
        assertTrue(nav.needsAttributes());
    }

    @Test
    void aSubstringWithASpaceIsRefusedSinceClassAndIdAreScannedApart() {
        assertThrows(IllegalArgumentException.class, () -> ContainsBits.register("share bar"));
    }
}
