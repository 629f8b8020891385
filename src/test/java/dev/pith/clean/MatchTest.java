package dev.pith.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchTest {

    @Test
    void onlyMatchesThatReadAttributesSaySoAndCombinationsFollowTheirParts() {
        assertTrue(Match.classWords("share").needsAttributes());
        assertTrue(Match.classContains("icon").needsAttributes());
        assertTrue(Match.classNames("hidden").needsAttributes());
        assertTrue(Match.css("[role=dialog], [aria-modal=true]").needsAttributes());
        assertFalse(Match.css("body > header").needsAttributes());
        assertFalse(Match.css("div[role=banner]").needsAttributes(), "a tag selector can match a bare element");
        assertFalse(Match.tags("nav").needsAttributes());
        assertFalse(Match.shortText(30).needsAttributes());
        assertFalse(Match.or(Match.tags("nav"), Match.classWords("menu")).needsAttributes());
        assertTrue(Match.or(Match.css("[role=menu]"), Match.classWords("menu")).needsAttributes());
        assertTrue(Match.and(Match.tags("i"), Match.classContains("icon")).needsAttributes());
        assertFalse(Match.not(Match.classWords("x")).needsAttributes());
    }

    @Test
    void classStartsMatchesANameThatBeginsWithTheWordNotOneThatEndsWithIt() {
        Document doc = Jsoup.parse("<div id=a class='widget widget_text'></div><div id=b class='Widget-Area'></div>"
                + "<div id=c class='widgetArea'></div><div id=d class='elementor-widget elementor-widget-heading'></div>"
                + "<div id=e class='widgetry'></div><div id=widget-3></div><div id=f></div>");
        Match m = Match.classStarts("widget");
        assertTrue(m.needsAttributes());
        for (String id : List.of("a", "b", "c", "widget-3")) {
            assertTrue(m.matches(doc.getElementById(id)), id);
        }
        for (String id : List.of("d", "e", "f")) {
            assertFalse(m.matches(doc.getElementById(id)), id);
        }
    }

    @Test
    void opensWithHeadingLooksThroughWrappersAtTheFirstChildOnly() {
        Document doc = Jsoup.parse("<div id=a><div><h3>Related stories</h3></div><p>x</p></div>"
                + "<div id=b><p>Intro first.</p><h3>Related stories</h3></div>"
                + "<div id=c><h3>Related stories of the harbour strike, day two</h3></div>"
                + "<div id=d><p><b>Related stories</b></p></div>");
        Match m = Match.opensWithHeading(java.util.regex.Pattern.compile("(?i)^\\W*related stories\\W*$"));
        assertTrue(m.matches(doc.getElementById("a")));
        assertFalse(m.matches(doc.getElementById("b")), "the heading is not the first child");
        assertFalse(m.matches(doc.getElementById("c")), "the whole heading must match");
        assertFalse(m.matches(doc.getElementById("d")), "bold text in a paragraph is not a heading");
    }

    @Test
    void bareElementsAreStillJudgedByTagAndWordRules() {
        Document doc = Jsoup.parse("<body><nav><a href='/'>Home</a></nav><p>Advertisement</p>"
                + "<p>The council voted on Tuesday to run three night bus routes for a trial.</p>"
                + "<div class='menu'>Menu items</div></body>");
        List<Removal> removed = Cleaner.standard(Set.of()).clean(doc.body());
        assertEquals(List.of("nav.landmark", "ads.label", "nav.menu"),
                removed.stream().map(Removal::rule).toList());
        assertEquals("The council voted on Tuesday to run three night bus routes for a trial.", doc.body().text().strip());
    }

    @Test
    void anIdThatSpellsTheElementsTextIsNotTheNameOfAComponent() {
        Document doc = Jsoup.parse("<h2 id='Social_Media_Marketing_Basics'>Social Media Marketing Basics</h2>"
                + "<h3><span id='A_Alignment_with_Customers_Menu_and_Pricing'>A. Alignment with Customers, Menu, and"
                + " Pricing</span></h3><div id='social-media-links-bar'>Follow us on Mastodon</div>"
                + "<div id='main-menu'>Main menu</div>");
        Match share = Match.classWords("social");
        Match menu = Match.classWords("menu");
        assertFalse(share.matches(doc.getElementById("Social_Media_Marketing_Basics")), "a heading's anchor");
        assertFalse(menu.matches(doc.getElementById("A_Alignment_with_Customers_Menu_and_Pricing")), "a heading's anchor");
        assertTrue(share.matches(doc.getElementById("social-media-links-bar")), "a component named by its id");
        assertTrue(menu.matches(doc.getElementById("main-menu")), "short ids always name components");
    }

    @Test
    void anAnchoredPatternIsOnlyTriedOnTextsStartingAsItCanStart() {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?i)^\\W*(share|tweet)\\b");
        StartGate gate = StartGate.of(p);
        java.util.regex.Matcher m = p.matcher("");
        assertTrue(gate.admits("Share this", m) && gate.admits("tweet", m) && gate.admits("S", m), "either word, either case");
        assertTrue(gate.admits("(share)", m) && gate.admits("  Tweet", m), "anything \\W* can take");
        assertFalse(gate.admits("Alice shares", m) || gate.admits("1 share", m) || gate.admits("_", m),
                "a word character that starts neither word");
        assertFalse(gate.admits("The share price", m) || gate.admits("Sell", m), "a second letter that neither word has");
        assertFalse(gate.admits("Sell", m), "the same pair, remembered");
        assertTrue(gate.admits("S\u00e9same", m), "a pair outside printable ASCII is always tried");
        assertNull(StartGate.of(java.util.regex.Pattern.compile("share")), "unanchored: tried everywhere");
        Rule r = Rule.of("test.first", "A rule for the test.").text("(?i)^share\\b", 40).unguarded();
        assertTrue(r.matchesText("Share this", "share this"));
        assertFalse(r.matchesText("Alice shares", "alice shares"));
        assertTrue(Rule.of("test.accent", "A rule for the test.").text("^é", 40).unguarded().matchesText("été", "été"),
                "a text starting outside ASCII is always tried");
    }

    @Test
    void aPatternIsAnchoredOnlyWhenEveryAlternativeStartsAtTheStart() {
        assertTrue(Rule.anchored("^share"));
        assertTrue(Rule.anchored("(?i)^\\W*(share|tweet)\\s*$"));
        assertTrue(Rule.anchored("(?i)^[|(]x(a|b)"), "a bar in a class or a group is not an alternative");
        assertFalse(Rule.anchored("(?i)^share|tweet"));
        assertFalse(Rule.anchored("(?im)^share"), "with MULTILINE ^ matches after every newline");
        assertFalse(Rule.anchored("\\bshare"));
        assertFalse(Rule.anchored("\\^share"));
        for (Rule r : Rules.all()) {
            if (r.text() != null && Rule.anchored(r.text().pattern())) {
                assertTrue(r.text().pattern().contains("^"), r.id());
            }
        }
    }
}
