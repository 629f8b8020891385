package dev.pith.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleanerTest {

    @Test
    void recordsRuleReasonPathAndText() {
        Document doc = Jsoup.parse("<body><div id='x'><div class='share-bar'>Share this story on every network</div></div></body>");
        List<Removal> removed = Cleaner.standard(Set.of()).clean(doc.body());
        assertEquals(1, removed.size());
        Removal r = removed.get(0);
        assertEquals("share.bar", r.rule());
        assertEquals(Rules.byId("share.bar").reason(), r.reason());
        assertEquals("html > body > div#x > div.share-bar", r.where());
        assertEquals("Share this story on every network", r.text());
        assertTrue(r.matched().contains("share"), r.matched());
    }

    @Test
    void labelsInARowOfLikeItemsAreJudgedAloneButRunsOfOneTextAreNot() {
        Document doc = Jsoup.parse("<body><div class='Meta'><span class='MItem DateCreated'>October 14</span>"
                + " <span class='MItem'>edited October 16</span></div>"
                // One sentence styled in two runs: "more" is the end of it, not a button.
                + "<div><span class='run'>Read the guide and learn </span><span class='run b'>more</span></div></body>");
        List<Removal> removed = Cleaner.standard(Set.of()).clean(doc.body());
        assertEquals(List.of("forum.edit-note"), removed.stream().map(Removal::rule).toList());
        assertTrue(doc.text().contains("October 14") && doc.text().contains("learn more"), doc.text());
    }

    @Test
    void aLineOfLooseTextBesideBlocksIsJudgedByItsWords() {
        // The prompt is not an element of its own: a link and a text node between two sections.
        Document doc = Jsoup.parse("<body><div><section><h2>Prices</h2><table><tr><td>Shop A</td><td>$9.99</td></tr>"
                + "</table></section>\n<a href='/login'>Log in</a> to set a price alert on this product.\n"
                + "<section><h2>Specifications</h2><p>Clear plastic clips, forty in a pack.</p></section></div></body>");
        List<Removal> removed = Cleaner.standard(Set.of()).clean(doc.body());
        assertFalse(doc.text().contains("price alert"), doc.text());
        assertEquals(List.of("paywall.sign-in"), removed.stream().map(Removal::rule).toList());
        assertTrue(doc.text().contains("Clear plastic clips") && doc.text().contains("Shop A"), doc.text());
    }

    @Test
    void aForumThreadWrappedInAModerationFormIsContent() {
        String post = "<li class='message'><blockquote class='messageText'>I have had these boots for two winters now"
                + "<br>and they are still dry inside after a full day in wet snow, which I did not expect.</blockquote></li>";
        Document doc = Jsoup.parse("<body><form class='InlineModForm'><ol class='messageList'>" + post.repeat(3)
                + "</ol></form><form id='login'>Your username: <input name='u'></form></body>");
        List<Removal> removed = Cleaner.standard(Set.of()).clean(doc.body());
        assertTrue(doc.text().contains("two winters"), doc.text());
        assertEquals(List.of("markup.form"), removed.stream().map(Removal::rule).filter(r -> r.startsWith("markup.form")).toList());
        assertFalse(doc.text().contains("Your username"), doc.text());
    }

    @Test
    void articleHeaderAndFiguresSurviveRulesThatMatchThem() {
        Document doc = Jsoup.parse("<body><article><header class='social-header'><h1>Headline stays</h1></header>"
                + "<figure class='share-figure'><img src='a.jpg'><figcaption>Caption stays</figcaption></figure>"
                + "<p>Body.</p></article></body>");
        Cleaner.standard(Set.of()).clean(doc.body());
        assertTrue(doc.text().contains("Headline stays"));
        assertTrue(doc.text().contains("Caption stays"));
    }

    @Test
    void aFigureThatShowsNothingIsNotGuarded() {
        // A template wrapped the comment widget's fallback in a <figure>: nothing in it is a picture or its caption.
        Document doc = Jsoup.parse("<body><article><h1>Roast chicken</h1><p>Body.</p><figure><noscript>Please enable"
                + " JavaScript to view the <a href='https://disqus.example/'>comments powered by Disqus.</a></noscript>"
                + "</figure><figure><blockquote>Pull quote stays</blockquote></figure></article></body>");
        Cleaner.standard(Set.of()).clean(doc.body());
        assertFalse(doc.text().contains("enable JavaScript"), doc.text());
        assertTrue(doc.text().contains("Pull quote stays"), doc.text());
    }

    @Test
    void anInlineLineBetweenTemplateCommentsStandsAlone() {
        // A gallery template wraps each part of a caption in comments: the credit is still a line of its own.
        Document doc = Jsoup.parse("<body><ul><li><div class='caption'><div><p>A row of unsold cars at a dealership.</p>"
                + "</div><!-- caption.tpl --><span>Photo: Jane Doe, STF / Example Press</span><!-- e caption.tpl -->"
                + "</div></li></ul><p>Sales fell.</p></body>");
        Cleaner.standard(Set.of()).clean(doc.body());
        assertFalse(doc.text().contains("Jane Doe"), doc.text());
        assertTrue(doc.text().contains("A row of unsold cars"), doc.text());
    }

    @Test
    void aLinkInsideASentenceIsPartOfItWhateverItsClassSays() {
        Document doc = Jsoup.parse("<body><p>The clerk was <a class='popup' href='#g1'>rather elderly</a> and worked"
                + " in the office on Wall Street for thirty years without once asking for a day off.</p>"
                + "<div><a class='popup' href='/join'>Sign me up</a></div></body>");
        List<Removal> removed = Cleaner.standard(Set.of()).clean(doc.body());
        assertTrue(doc.text().contains("was rather elderly and worked"), doc.text());
        assertEquals(1, removed.size());
        assertEquals("Sign me up", removed.get(0).text());
    }


    @Test
    void aNameInTheMiddleOfASentenceIsAWordNotAButtonCaption() {
        // A long paragraph is not judged whole, but its links that read like share buttons are words of its sentences,
        // wrapped or beside an empty quote box; a post's header line is no sentence and its edit note still goes.
        Document doc = Jsoup.parse("<body><p>Over two years the company spent more on acquisitions than Apple,"
                + " Microsoft, Amazon, <span id='s1'><a class='keyword' href='/q/fb'>Facebook</a></span><span id='q1'>"
                + "</span> and Yahoo together, and analysts expect the buying to go on for as long as the cash lasts,"
                + " since search alone no longer grows fast enough to please the shareholders of the company."
                + " As one analyst put it, <a href='/x'>Twitter</a> is next.</p>"
                + "<div class='head'>02-09-2025, 09:02 AM <span class='edit'><span>(This post was last modified:"
                + " 02-09-2025, 09:10 AM by Old Mill.)</span></span></div></body>");
        List<Removal> removed = Cleaner.standard(Set.of()).clean(doc.body());
        assertTrue(doc.text().contains("Amazon, Facebook and Yahoo") && doc.text().contains("put it, Twitter is next"),
                doc.text());
        assertFalse(doc.text().contains("last modified"), doc.text());
        assertEquals(List.of("forum.edit-note"), removed.stream().map(Removal::rule).toList());
    }
    @Test
    void eachLineBetweenLineBreaksIsJudgedAloneAndTakesItsBreakWithIt() {
        // An old page's footer: lines of one <font>, set apart by single <br>s only.
        Document doc = Jsoup.parse("<body><p>Body.</p><font size='2'><a href='mailto:h@x.edu'>h@x.edu</a> | Room 214<br>"
                + "Last modified: March 3, 2004<br>Call us on weekdays<br>Updated: 2025-09-13</font></body>");
        List<Removal> removed = Cleaner.standard(Set.of()).clean(doc.body());
        assertEquals(List.of("chrome.dateline", "chrome.dateline"), removed.stream().map(Removal::rule).toList());
        assertEquals("<a href=\"mailto:h@x.edu\">h@x.edu</a> | Room 214<br>Call us on weekdays",
                doc.selectFirst("font").html().replace("\n", ""));
    }

    @Test
    void onlyTheH1ThatNamesThePagesTitleIsTheHeadlineTheGuardsKeep() {
        String html = "<body><article><h1>Bridge opens after four years</h1><p>Body.</p></article>"
                + "<div class='newsletter-signup'><h1>Subscribe to our Newsletters</h1><p>Every morning.</p></div></body>";
        Document titled = Jsoup.parse(html);
        Cleaner.standard(Set.of()).clean(titled.body(), "Bridge opens after four years | The Courier");
        assertFalse(titled.text().contains("Subscribe"), titled.text());
        assertTrue(titled.text().contains("Bridge opens after four years"), titled.text());
        // Without the title, or with one that no h1 names, every h1 is kept with what holds it.
        Document untitled = Jsoup.parse(html);
        Cleaner.standard(Set.of()).clean(untitled.body());
        assertTrue(untitled.text().contains("Subscribe"), untitled.text());
        Document other = Jsoup.parse(html);
        Cleaner.standard(Set.of()).clean(other.body(), "Something else entirely");
        assertTrue(other.text().contains("Subscribe"), other.text());
    }

    @Test
    void codeIsNeverCleaned() {
        Document doc = Jsoup.parse("<body><pre><code>{{ template }} Subscribe now</code></pre></body>");
        Cleaner.standard(Set.of()).clean(doc.body());
        assertTrue(doc.text().contains("{{ template }}"));
    }

    @Test
    void textDumpLinesAreJudgedOneByOne() {
        List<Removal> verdicts = Cleaner.standard(Set.of()).cleanLines(List.of(
                "Sponsored Content", "", "The minister said the plan would subscribe every school to the service.",
                "Try 3 months for $9"));
        assertEquals("sponsored.label", verdicts.get(0).rule());
        assertEquals(null, verdicts.get(1));
        assertEquals(null, verdicts.get(2));
        assertEquals("paywall.subscribe-offer", verdicts.get(3).rule());
        assertEquals("line 4", verdicts.get(3).where());
    }

    @Test
    void relaxedCleanerKeepsOnlyRulesThatCannotHideAnArticle() {
        Set<String> concerns = Set.copyOf(Cleaner.relaxed(Set.of()).rules().stream()
                .filter(r -> r.html() != null).map(Rule::concern).toList());
        assertFalse(concerns.contains("paywall"));
        assertTrue(concerns.contains("markup"));
        assertTrue(concerns.contains("consent"));
        List<String> chrome = Cleaner.relaxed(Set.of()).rules().stream()
                .filter(r -> r.concern().equals("chrome") && r.html() != null).map(Rule::id).toList();
        assertEquals(List.of("chrome.dialog"), chrome);
        // Of navigation, only the landmarks (<nav>, role=navigation): a mega-menu is never what a page is for; and
        // links back to the top, which hold one word.
        List<String> nav = Cleaner.relaxed(Set.of()).rules().stream()
                .filter(r -> r.concern().equals("nav") && r.html() != null).map(Rule::id).toList();
        assertEquals(List.of("nav.landmark", "nav.page-jump"), nav);
    }

    @Test
    void unknownRuleIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rules.requireKnown(List.of("share.nope")));
        assertTrue(e.getMessage().contains("share.nope"));
    }

    @Test
    void ruleIdsAreConcernDotName() {
        for (Rule r : Rules.all()) {
            assertTrue(r.id().matches("[a-z]+\\.[a-z0-9-]+"), r.id());
            assertFalse(r.reason().isBlank(), r.id());
        }
    }

    @Test
    void aFormulaIsContentEvenInsideAMenuClassedContainer() {
        // MathJax wraps each formula in a container with a context menu; the formula is the article's.
        Element body = Jsoup.parse("<body><p>When <span class='MathJax CtxtMenu_Attached_0'><math><mi>a</mi><mo>≠</mo>"
                + "<mn>0</mn></math></span>, there are two solutions.</p><svg><title>Created with Sketch.</title></svg>"
                + "</body>").body();
        Cleaner.standard(Set.of()).clean(body);
        assertTrue(body.text().contains("a≠0"), body.text());
        assertFalse(body.text().contains("Sketch"), body.text());
    }

    @Test
    void aCleanedPageIsNotKeptOnceTheNextIsCleaned() throws Exception {
        // A descendant selector is a structural query: jsoup memoises its answers per page and thread, and run
        // element by element, as rules run, it is never reset by jsoup itself.
        Rule promo = Rule.of("sponsored.test-promo", "A promotion inside the sidebar is not the article.")
                .html(Match.css("aside .promo")).unguarded();
        Cleaner cleaner = new Cleaner(List.of(promo));
        String page = "<body><aside><div class='promo'>Buy now</div></aside><p>Text</p></body>";
        Document first = Jsoup.parse(page);
        assertEquals(1, cleaner.clean(first.body()).size(), "the rule ran");
        java.lang.ref.WeakReference<Document> ref = new java.lang.ref.WeakReference<>(first);
        first = null;
        cleaner.clean(Jsoup.parse(page).body());
        assertTrue(dev.pith.Collected.is(ref), "the cleaner kept a page it had finished with: a batch would grow"
                + " without end");
    }
}
