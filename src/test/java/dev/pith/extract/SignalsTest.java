package dev.pith.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignalsTest {
    private static final String TEASER = "The council voted on Tuesday to keep the library open on Sundays, after a "
            + "petition signed by more than two thousand residents reached the town hall last month.";

    private static Element body(String html) {
        return Jsoup.parse(html).body();
    }

    @Test
    void aStandfirstIsNamedByItsClassButNotTheTitleOverIt() {
        assertTrue(Signals.STANDFIRST.matcher("article-dek").find());
        assertTrue(Signals.STANDFIRST.matcher("product-detail-description-text").find());
        assertFalse(Signals.STANDFIRST.matcher("h3 product-detail-description-title").find());
        assertFalse(Signals.STANDFIRST.matcher("summary-heading").find());
    }

    @Test
    void aMenuIsAllLinks() {
        Element menu = body("<ul><li><a href='/a'>World</a></li><li><a href='/b'>Business</a></li></ul>");
        // The only text outside links is the space between the items.
        assertTrue(Signals.linkDensity(menu, menu.text().length()) > 0.9);
        assertTrue(TextStats.of(menu).linkDensity(menu.child(0)) > 0.9);
    }

    @Test
    void aCardThatWrapsHeadlineAndTeaserInOneLinkIsMostlyProse() {
        Element grid = body("<div><a href='/story'><h3>Library stays open</h3><p>" + TEASER + "</p></a></div>");
        Element card = grid.child(0);
        double density = Signals.linkDensity(card, card.text().length());
        assertTrue(density < 0.7, "density " + density);
        assertEquals(density, TextStats.of(grid).linkDensity(card), 0.02);
    }

    @Test
    void inPageAnchorsCountForLess() {
        assertEquals(3, Signals.linkChars("#note-1", 10));
        assertEquals(10, Signals.linkChars("/elsewhere", 10));
    }
}
