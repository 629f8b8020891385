package dev.pith.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentTreeTest {
    private static Element build(String html) {
        return ContentTree.build(Jsoup.parse(html, "https://shop.example.com/").body(), "https://shop.example.com/")
                .content();
    }

    @Test
    void codeDrawnADivPerLineIsACodeBlockWithoutTheMarkupsLineBreaks() {
        Element out = build("<div class='fragment'><div class='line'>if (!rb_push(q, &amp;s)) {</div>\n"
                + "<div class='line'>    dropped++;</div>\n<div class='line'>}</div>\n</div>");
        assertEquals("if (!rb_push(q, &s)) {\n    dropped++;\n}", out.selectFirst("pre code").wholeText());
        // Two paragraphs in divs are not lines of code.
        assertEquals(null, build("<div><div class='intro'>One.</div><div class='intro'>Two.</div></div>").selectFirst("pre"));
    }

    @Test
    void aTablesRowOfBlankCellsIsASpacerNotARow() {
        Element out = build("<table><tr><td>size_t</td><td>capacity</td></tr><tr><td>&nbsp;</td><td> </td></tr>"
                + "<tr><td>size_t</td><td>head</td></tr><tr><td>int</td><td>tail</td></tr></table>");
        assertEquals(3, out.select("tr").size(), out.outerHtml());
    }

    @Test
    void aTrackingPixelDrawnOnePixelWideByItsStyleIsNoPicture() {
        Element out = build("<p>The release ends here.</p><img alt='' src='https://rt.example/rt.gif?id=1'"
                + " style='border:0px; width:1px; height:1px;'><img src='/photo.jpg' alt='Drone'"
                // A picture that fills its frame is drawn so, and stays.
                + " style='position:absolute;display:block;width:0;height:0;min-width:100%;min-height:100%'>");
        assertEquals(1, out.select("img").size(), out.outerHtml());
        assertEquals("https://shop.example.com/photo.jpg", out.selectFirst("img").attr("src"));
    }

    @Test
    void aHighlightersWrapperNamesTheCodesLanguageButAPagesLanguageClassDoesNot() {
        String[][] cases = {
                {"<div class='highlight highlight-source-python notranslate'><pre>import os</pre></div>", "language-python"},
                {"<div class='highlight-python3 notranslate'><div class='highlight'><pre>x = 1</pre></div></div>",
                        "language-python3"},
                {"<div class='highlight-none notranslate'><div class='highlight'><pre>$ ls</pre></div></div>", ""},
                {"<div class='content lang-fr'><pre>ls -l</pre></div>", ""},
                {"<pre><code class='lang-js'>let x = 1;</code></pre>", "language-js"},
                {"<div class='language-python highlight'><pre><span></span><code>x = 1</code></pre></div>", "language-python"},
                {"<pre><code class='lang-auto'>WARNING device 0x4f2a</code></pre>", ""}};
        for (String[] c : cases) {
            Element out = build(c[0]);
            assertEquals(c[1], out.selectFirst("pre code").className(), out.outerHtml());
        }
    }

    @Test
    void aListOfPostsIsUnwrappedButAListOfCardsKeepsItsItems() {
        Element cards = build("<ul><li><h3>River walks</h3><p>Short routes after rain.</p></li>"
                + "<li><h3>Boot care</h3><p>Wax twice a year.</p></li></ul>");
        assertEquals(2, cards.select("ul > li").size(), cards.outerHtml());
        Element posts = build("<ol class='posts'><li class='postcontainer' id='post_1'><h2>Re: idle</h2><p>Air leak.</p><hr></li>"
                + "<li class='postcontainer' id='post_2'><p>It was the bracket.</p><hr></li></ol>");
        assertNull(posts.selectFirst("ol"), posts.outerHtml());
        Element top = build("<ol><li><h3>Mont Blanc</h3><p>The highest.</p></li><li><h3>Eiger</h3><p>The steepest.</p></li></ol>");
        assertEquals(2, top.select("ol > li").size(), top.outerHtml());
        Element points = build("<ul><li>Flour</li><li>Water</li></ul>");
        assertEquals(2, points.select("ul > li").size(), points.outerHtml());
    }

    @Test
    void itemsTheStylesSetApartDoNotRunTogether() {
        Element out = build("<div><span>4.6 out of 5</span><span>12,408 global ratings</span></div>"
                + "<div><span class='name'>Dana K.</span><a href='/r/1'>Hot coffee for an hour</a></div>"
                + "<div><span class='badge'>Sale</span><span class='badge'>Sold out</span></div>"
                + "<address><span>Marsh Trail Visitor Centre</span><span>12 Shore Road, Riverside</span></address>"
                + "<p><code>json.</code><code>JSONDecoder</code> and <b>Micro</b><b>soft</b> and <span>3.</span><span>14</span>"
                + " and CO<sub>2</sub> emissions</p>");
        String text = out.text();
        assertTrue(text.contains("4.6 out of 5 12,408 global ratings"), text);
        assertTrue(text.contains("Dana K. Hot coffee"), text);
        assertTrue(text.contains("Sale Sold out"), text);
        assertTrue(text.contains("Marsh Trail Visitor Centre 12 Shore Road"), text);
        assertTrue(text.contains("json.JSONDecoder and Microsoft and 3.14 and CO2 emissions"), text);
    }

    @Test
    void aHeadingWithNothingUnderItAtTheEndGoesButARunOfHeadingsStays() {
        Element out = build("<p>We prune, fell and grind stumps.</p><h2>Get a free estimate</h2>");
        assertEquals("We prune, fell and grind stumps.", out.text());
        Element grid = build("<p>Candles</p><h2>Swan candle</h2><h2>Pasta candle</h2><h2>Boot candle</h2>");
        assertEquals(3, grid.select("h2").size(), grid.outerHtml());
    }

    @Test
    void aDivStyledAsPreformattedIsABlockOfCode() {
        Element out = build("<p>Run:</p><div style='font-family: monospace; white-space: pre;'><span class='token'>curl</span>"
                + " -H  \"Accept: json\"\n  https://api.example.com/v1</div><div style='white-space: pre-wrap;'>Prose that"
                + " wraps.</div>");
        assertEquals("curl -H  \"Accept: json\"\n  https://api.example.com/v1", out.selectFirst("pre > code").wholeText());
        assertEquals(1, out.select("pre").size(), "pre-wrap is prose");
    }

    @Test
    void aBreakWrittenAsTextIsARule() {
        Element out = build("<p>First part.</p><div class='break'>- -</div><p>Second part.</p><p>* * *</p><p>Third part.</p>"
                + "<p>-- a signed line</p>");
        assertEquals(2, out.select("hr").size(), out.outerHtml());
        assertEquals("First part. Second part. Third part. -- a signed line", out.text());
    }

    @Test
    void rulesThatDivideNothingGo() {
        Element out = build("<hr><p>First post.</p><hr><hr><p>Second post.</p><hr>");
        assertEquals(1, out.select("hr").size(), out.outerHtml());
        assertEquals("p", out.child(1).previousElementSibling().normalName());
        // Two rules closing the text (a message's and its footer's, the footer's link removed): neither stays.
        Element message = build("<p>Thanks, Hannes.</p><hr><hr>");
        assertTrue(message.select("hr").isEmpty(), message.outerHtml());
    }

    @Test
    void aPicturesImgWithoutAnAddressTakesItFromItsSource() {
        Element out = build("<figure><picture><source type='image/webp' srcset='https://cdn.example.com/640/a.jpeg 640w,"
                + " https://cdn.example.com/1400/a.jpeg 1400w'><img alt='A plan' width='700' height='394'></picture>"
                + "<figcaption>The plan before the upgrade</figcaption></figure>");
        assertEquals("https://cdn.example.com/1400/a.jpeg", out.selectFirst("img").attr("src"), out.outerHtml());
        assertEquals("The plan before the upgrade", out.selectFirst("figcaption").text(), out.outerHtml());
    }

    @Test
    void aCustomElementHoldingBlocksDeepInsideIsAWrapperNotOneParagraph() {
        Element out = build("<shreddit-comment-tree><shreddit-comment><div slot='comment'><p>First reply.</p></div>"
                + "<shreddit-comment><div slot='comment'><p>Second reply.</p></div></shreddit-comment></shreddit-comment>"
                + "</shreddit-comment-tree><p>Closing words.</p>");
        assertEquals("[First reply., Second reply., Closing words.]", out.select("p").eachText().toString(), out.outerHtml());
        // A custom element without blocks inside stays inline, in its sentence.
        Element inline = build("<p>Price: <price-tag>$12</price-tag> today.</p>");
        assertEquals("[Price: $12 today.]", inline.select("p").eachText().toString(), inline.outerHtml());
    }

    @Test
    void aScriptsStandInIsNoPicture() {
        for (String src : new String[] {"/stencil/e/img/loading.svg", "//cdn.example.com/a3-lazy-load/lazy_placeholder.gif",
                "styles/default/xenforo/clear.png", "/uploads/woocommerce-placeholder-400x400.png?v=2", "/img/spacer.gif"}) {
            assertTrue(ContentTree.isPlaceholder(src), src);
        }
        for (String src : new String[] {"/photos/clear-skies.jpg", "/2024/loading-dock.jpg", "/img/empty-beach.png",
                "/media/photo.jpg"}) {
            assertFalse(ContentTree.isPlaceholder(src), src);
        }
    }

    @Test
    void aFigureWhosePictureNeverLoadedKeepsItsCaptionAndLosesItsBadge() {
        Element out = build("<p>The shop sells grinders.</p><figure><span class='tag'>New</span>"
                + "<img src='/img/loading.svg' alt='A grinder'><figcaption>The burr grinder in steel.</figcaption></figure>"
                + "<figure><img src='/img/loading.svg' data-src='/photos/grinder.jpg'></figure>");
        assertNull(out.selectFirst("img[src$=loading.svg]"), out.outerHtml());
        assertEquals("https://shop.example.com/photos/grinder.jpg", out.selectFirst("img").attr("src"), out.outerHtml());
        assertTrue(out.text().contains("The burr grinder in steel."), out.outerHtml());
        assertFalse(out.text().contains("New"), out.outerHtml());
    }

    @Test
    void aFigureThatHoldsAQuoteKeepsItWhenItsPictureIsAStandIn() {
        Element out = build("<figure><img src='/img/blank.gif'><blockquote>We will open in May.</blockquote></figure>");
        assertEquals("We will open in May.", out.selectFirst("blockquote").text(), out.outerHtml());
    }

    @Test
    void aPictureRepeatedWithNoTextBetweenIsSeenOnceButATableColumnOfIconsStays() {
        Element out = build("<p>The new store.</p><div><img src='/bg.jpg'></div><div><img src='/bg.jpg'></div>"
                + "<p>It opens in May.</p><p><img src='/bg.jpg'></p>"
                + "<table><tr><td>Steel</td><td><img src='/tick.png'></td></tr><tr><td><img src='/tick.png'></td>"
                + "<td><img src='/tick.png'></td></tr></table>");
        assertEquals(2, out.select("img[src$=bg.jpg]").size(), "once before the text, once after it: " + out.outerHtml());
        assertEquals(3, out.select("td img").size(), out.outerHtml());
    }

    @Test
    void linksSideBySideKeepTheirWordsApart() {
        Element out = build("<p><a href='/all'>Shop All</a><a href='/fryers'>Air Fryers</a> and "
                + "<a href='/a'>one</a> <a href='/b'>two</a></p>");
        assertEquals("Shop All Air Fryers and one two", out.text());
        assertEquals(4, out.select("a").size());
    }

    @Test
    void aTitleSetOnItsOwnLineByStylesIsNotGluedToTheTextAfterIt() {
        Element out = build("<ul><li><b class='title'>Industry Competency</b>Our experts know the trade.</li>"
                + "<li><b>Micro</b>soft and <em>Apple</em>, Inc.</li></ul>");
        assertEquals("Industry Competency Our experts know the trade.", out.selectFirst("li").text());
        assertEquals("Microsoft and Apple, Inc.", out.select("li").get(1).text());
        Element offer = build("<p>Free mat with any two<a href='/ergo'>Ergo Products</a>, or an e<a href='/b'>book</a>.</p>");
        assertEquals("Free mat with any two Ergo Products, or an ebook.", offer.text());
    }

    @Test
    void aCaptionOutsideAFigureCaptionsThePictureAboveIt() {
        Element out = build("<p>Fill the pot with soil.</p><p><img src='/pot.jpg' alt='A pot'></p>"
                + "<p class='small caption'>The pot, filled (Lucy Akins)</p><p>Water it well.</p>"
                + "<div class='InlineImage-imageEmbedCaption'>Workers on the line, Monday.</div>"
                + "<p class='caption-intro'>A section's opening words, which run on for far longer than any caption"
                + " would " + "and then some more ".repeat(30) + "until the end.</p>");
        Element fig = out.selectFirst("figure");
        assertEquals("https://shop.example.com/pot.jpg", fig.selectFirst("img").attr("src"), out.outerHtml());
        assertEquals("The pot, filled (Lucy Akins)", fig.selectFirst("figcaption").text(), out.outerHtml());
        assertEquals("Workers on the line, Monday.", out.select("figure").get(1).text(), "a caption whose picture"
                + " scripts were to draw stays a caption: " + out.outerHtml());
        assertTrue(out.select("p").last().text().startsWith("A section's opening words"), out.outerHtml());
    }

    @Test
    void aCaptionFieldOfOneItemCaptionsThePictureAboveIt() {
        Element out = build("<div class='field-name-field-image'><div class='field-items'><div class='field-item'>"
                + "<img src='/library.jpg' alt='Reading room'></div></div></div><div class='field-name-field-caption'>"
                + "<div class='field-items'><div class='field-item'>Residents in the reading room on Monday.</div></div></div>"
                + "<p>Three libraries will stay open late.</p><div class='caption-list'><div><p>One.</p><p>Two.</p></div></div>");
        assertEquals("Residents in the reading room on Monday.", out.selectFirst("figure > figcaption").text(), out.outerHtml());
        assertEquals(1, out.select("figcaption").size(), "a block of two paragraphs is no caption: " + out.outerHtml());
    }

    @Test
    void aSmallTableWithACellOfProseIsLayoutButATableOfValuesStays() {
        Element out = build("<table><tr><td><a href='/u/3'>skillet_sam</a></td><td>Agree with oldcook. I use coarse salt"
                + " and a paper towel for everyday cleaning, and it works great for most messes.</td></tr></table>"
                + "<table><tr><td>Patio</td><td>70 days</td></tr><tr><td>Tiny Tim</td><td>60 days</td></tr></table>");
        assertEquals(1, out.select("table").size(), out.outerHtml());
        assertTrue(out.selectFirst("table").text().contains("Tiny Tim"), out.outerHtml());
        assertTrue(out.selectFirst("p:contains(coarse salt)") != null, out.outerHtml());
    }

    @Test
    void aListOfSectionsWithPlainHeadingsIsUnwrappedButAListOfLinkedCardsIsNot() {
        Element api = build("<ul class='member-list'><li><section class='detail'><h3>exponential</h3><div class='block'>A"
                + " policy whose waits double.</div></section></li><li><section class='detail'><h3>maxAttempts</h3>"
                + "<div class='block'>A copy that gives up sooner.</div></section></li></ul>");
        assertNull(api.selectFirst("ul"), api.outerHtml());
        assertEquals(2, api.select("h3").size(), api.outerHtml());
        Element cards = build("<ul><li><section><h3><a href='/a'>River walks</a></h3><p>Short routes.</p></section></li>"
                + "<li><section><h3><a href='/b'>Boot care</a></h3><p>Wax twice a year.</p></section></li></ul>");
        assertEquals(2, cards.select("ul > li").size(), cards.outerHtml());
    }

    @Test
    void aTableOfLabelsAndValuesMarkedPresentationIsStillATable() {
        Element specs = build("<table role='presentation'><tr><th>Floor Area</th><td>29 sq ft</td></tr><tr><th>Peak Height"
                + "</th><td>42 inches</td></tr></table>");
        assertEquals(2, specs.select("table tr").size(), specs.outerHtml());
        assertEquals("Floor Area", specs.selectFirst("th").text());
        // Presentation without labels is layout: its cells are taken apart.
        Element layout = build("<table role='presentation'><tr><td>Floor Area</td><td>29 sq ft</td></tr></table>");
        assertNull(layout.selectFirst("table"), layout.outerHtml());
    }

    @Test
    void aCellOfQuestionsIsProseToo() {
        Element out = build("<table><tr><td class='ind'><img src='s.gif' width='0'></td><td class='default'>How does it"
                + " compare with FTS5, which ships with SQLite already? The README mentions it, but I could not find numbers."
                + "</td></tr></table>");
        assertNull(out.selectFirst("table"), out.outerHtml());
        assertTrue(out.selectFirst("p:contains(FTS5)") != null, out.outerHtml());
    }

    @Test
    void aLayoutCellWhoseParagraphsSitInAFontIsUnwrapped() {
        Element out = build("<table><tr><td><a href='/news/'>News</a></td><td><font size='2'><p>The council voted on"
                + " Tuesday.</p><p>Work starts in spring.</p></font></td><td>Advertisement</td></tr></table>");
        assertNull(out.selectFirst("table"), out.outerHtml());
        assertEquals(2, out.select("p:contains(council), p:contains(spring)").size(), out.outerHtml());
    }

    @Test
    void aListRightInsideAListWithNoItemAboveItGivesItsItemsNotAnEmptyBullet() {
        Element out = build("<ul><ul><li>OS: Windows 10</li><li>Memory: 8 GB RAM</li></ul></ul>"
                + "<ul><li>Minimum:<ul><li>Memory: 4 GB RAM</li></ul></li></ul>");
        assertEquals(0, out.select("li").stream().filter(li -> li.ownText().isBlank() && li.children().size() == 1
                && li.child(0).normalName().equals("ul")).count(), out.outerHtml());
        assertEquals("Memory: 4 GB RAM", out.selectFirst("li:contains(Minimum) > ul > li").text(), out.outerHtml());
    }

    @Test
    void aLayoutTablesColumnLabelsGoAndATableChosenWholeIsStillATable() {
        Element out = build("<table><tr><th>Author</th><th>Message</th></tr><tr><td><b>fretwire</b></td><td>"
                + "<table><tr><td>Do them in pairs, one course at a time.</td></tr></table></td></tr></table>");
        assertFalse(out.text().contains("Author"), out.outerHtml());
        assertTrue(out.text().contains("fretwire") && out.text().contains("Do them in pairs"), out.outerHtml());
        Element standings = ContentTree.build(Jsoup.parse("<table><tr><th>Team</th><th>W</th></tr><tr><td>Boston</td>"
                + "<td>48</td></tr><tr><td>Miami</td><td>41</td></tr></table>").selectFirst("table"), "").content();
        assertEquals(3, standings.select("table tr").size(), standings.outerHtml());
        assertEquals("Team", standings.selectFirst("th").text());
    }

    @Test
    void aQuotesAttributionIsALineOfItsOwn() {
        Element out = build("<blockquote><cite>crumbshot Wrote:</cite>Is it dying?</blockquote>"
                + "<blockquote><cite>Jane Austen</cite> said it first.</blockquote>");
        assertEquals(1, out.select("blockquote").get(0).select("br").size(), out.outerHtml());
        assertEquals(0, out.select("blockquote").get(1).select("br").size(), out.outerHtml());
    }

    @Test
    void aCounterSavedBeforeItRanShowsTheNumberItCountsTo() {
        Element out = build("<div><span class='counter-number' data-to-value='2140'>0</span>+ callouts</div>"
                + "<div><span data-target='#modal'>0</span> items in your basket</div>");
        assertTrue(out.text().contains("2140+ callouts"), out.outerHtml());
        assertTrue(out.text().contains("0 items in your basket"), out.outerHtml());
    }

    @Test
    void aHighlightersLanguageLabelOverTheCodeGoes() {
        Element out = build("<p>Set the folder:</p><div class='language-toml'><span class='lang'>toml</span><pre><code>"
                + "[cache]\ndir = \"/mnt\"</code></pre></div><p>Python</p><pre><code class='language-bash'>ls</code></pre>");
        assertFalse(out.text().contains("toml ["), out.outerHtml());
        assertEquals("language-toml", out.selectFirst("pre code").className(), out.outerHtml());
        assertTrue(out.text().contains("Python"), out.outerHtml());
    }

    @Test
    void aThreadsPostsInAListAreSectionsAndALineOfSeparatorsGoes() {
        String post = "<li itemprop='comment'><p>First paragraph of post %s.</p><p>Second paragraph.</p></li>";
        Element posts = build("<ul>" + String.format(post, "one") + String.format(post, "two") + "</ul><p> · </p>");
        assertNull(posts.selectFirst("li"), posts.outerHtml());
        assertEquals(4, posts.select("p").size(), posts.outerHtml());
        Element points = build("<ul><li itemprop='comment'>Short point.</li><li itemprop='comment'>Another.</li></ul>");
        assertEquals(2, points.select("li").size(), points.outerHtml());
    }
}
