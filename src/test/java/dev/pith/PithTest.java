package dev.pith;

import dev.pith.input.Page;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The facade's own decisions: what it does with the page type once the content is known. */
class PithTest {
    private static final String SENTENCE = "The council voted on Tuesday to close the old bridge for repairs over the"
            + " summer, after engineers found cracks in two of its supports. ";

    private static String story(String dateBlock) {
        String p = "<p>" + SENTENCE.repeat(3) + "</p>";
        return "<html><head><title>Council closes the old bridge for summer repairs after engineers find cracks</title>"
                + "</head><body><header><a href='/'>Riverton Times</a></header><div class='story'>"
                + "<h1>Council closes the old bridge for summer repairs after engineers find cracks</h1>" + dateBlock
                + p.repeat(4) + "</div><footer>© 2024 Riverton Times</footer></body></html>";
    }

    @Test
    void aPageWithNothingButItsHeadersLinksHasNoContentButAListOfCategoryLinksIs() throws PithException {
        String shell = "<html><head><title>What's your range?</title></head><body><div class='header'><a href='/'>"
                + "<img src='/logo.png'></a><a href='https://news.example.com/'>example news</a> <a href='/calc'>calc</a>"
                + " <a href='/donate'>donate now</a></div><noscript>Enable JavaScript.</noscript></body></html>";
        PithException e = org.junit.jupiter.api.Assertions.assertThrows(PithException.class,
                () -> Pith.extract(Page.html("shell", shell), Options.defaults()));
        assertEquals(PithException.Reason.NO_CONTENT, e.reason());
        String categories = "<html><head><title>Electronics</title></head><body><h1>Electronics</h1><ul>"
                + "<li><a href='/c/radios'>Radios (4)</a></li><li><a href='/c/power-banks'>Power Banks (158)</a></li>"
                + "</ul></body></html>";
        Article a = Pith.extract(Page.html("categories", categories), Options.defaults());
        assertTrue(dev.pith.render.PlainText.of(a).contains("Power Banks (158)"), dev.pith.render.PlainText.of(a));
    }

    @Test
    void aStoryAtAHomePageAddressGetsTheDateItShows() throws PithException {
        // The first guess says "service" (a home page address), so the shown date is kept aside; the final
        // type is article, so the date is taken.
        Article a = Pith.extract(Page.html("story", story("<p class='story-date'>May 25, 2023</p>")),
                Options.defaults().withUrl("https://riverton.example/"));
        assertEquals("article", a.fields().pageType());
        assertEquals("2023-05-25", a.fields().published());
        assertEquals("text", a.fields().sources().get("published"));
    }

    @Test
    void aDateInAListIsNotThePagesDate() throws PithException {
        StringBuilder items = new StringBuilder("<ul class='posts'>");
        for (int i = 1; i <= 14; i++) {
            items.append("<li class='post-item'><h3><a href='/news/item-").append(i).append("'>Headline of a story number ")
                    .append(i).append(" about the town</a></h3><p class='date'>May ").append(i).append(", 2023</p></li>");
        }
        String html = "<html><head><title>News</title></head><body><h1>News</h1>" + items + "</ul></body></html>";
        Article a = Pith.extract(Page.html("list", html), Options.defaults().withUrl("https://riverton.example/news/"));
        assertEquals("listing", a.fields().pageType());
        assertNull(a.fields().published());
        // Nor is the first item's <time>, where the first guess took the page for an article.
        StringBuilder episodes = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            episodes.append("<article class='episode-card'><div class='meta'>Episode ").append(i).append(" · <time datetime='")
                    .append("2025-03-0").append(i).append("'>March ").append(i).append(", 2025</time></div><h2><a href='/e/")
                    .append(i).append("'>Hedges for birds, part ").append(i).append("</a></h2><p class='summary'>An ecologist"
                    + " explains why a mixed hedge feeds more birds than any feeder, and how to lay one.</p>"
                    + "<a href='/audio/").append(i).append(".mp3'>Download</a></article>");
        }
        String podcast = "<html><head><title>Episodes | The Slow Garden</title><meta property='og:type' content='website'>"
                + "</head><body><main><h1>Episodes</h1>" + episodes + "</main></body></html>";
        Article t = Pith.extract(Page.html("episodes", podcast), Options.defaults().withUrl("https://slow.example.fm/episodes"));
        assertEquals("listing", t.fields().pageType());
        assertNull(t.fields().published());
    }

    private static String thread(String postsBlock, String commentsUnderPost) {
        StringBuilder posts = new StringBuilder();
        String[] names = {"ridgewalker", "maple_fern", "tarn_runner", "ridgewalker", "oakmoss", "maple_fern", "fellwife",
                "ridgewalker", "oakmoss"};
        for (int i = 0; i < names.length; i++) {
            posts.append("<div class='post'><div class='post-author'>").append(names[i]).append("</div><div class='post-body'>"
                    + "<p>Reply number ").append(i).append(": I had my leather boots resoled twice by a local cobbler and"
                    + " both times they felt stiff for a week or two before they were comfortable on long walks.</p></div>"
                    + "<div class='signature'>Boots: Meindl Burma Pro, resoled 2021</div>" + commentsUnderPost + "</div>");
        }
        return "<html><head><title>Resoling leather hiking boots - worth it?</title></head><body>"
                + "<nav><a href='/'>Forums</a></nav><h1>Resoling leather hiking boots - worth it?</h1>"
                + postsBlock.replace("POSTS", posts) + "<footer>Trailhead Forums</footer></body></html>";
    }

    @Test
    void aThreadHeldInABlockNamedCommentsIsTheContent() throws PithException {
        Options thread = Options.defaults().withUrl("https://forum.example.com/topic/123-resoling-boots/");
        Article a = Pith.extract(Page.html("t", thread("<div id='comments' class='cTopic'>POSTS</div>", "")), thread);
        assertTrue(a.content().text().contains("Reply number 0") && a.content().text().contains("Reply number 8"), a.content().text());
        // Cleaned by the standard rules, not the relaxed retry's few: the signatures under the posts are gone.
        assertFalse(a.content().text().contains("Meindl"), a.content().text());
        assertTrue(a.fields().typeEvidence().stream().anyMatch(e -> e.startsWith("thread kept")),
                a.fields().typeEvidence().toString());
        // A question whose answers carry short comment threads keeps the rule: the comments go, the posts stay.
        Article q = Pith.extract(Page.html("q", thread("<div class='answers'>POSTS</div>",
                "<div class='comments'><p>Thanks, that helped me as well, good tip.</p></div>")), thread);
        assertTrue(q.content().text().contains("Reply number 0") && q.content().text().contains("Reply number 8"), q.content().text());
        assertFalse(q.content().text().contains("that helped me"), q.content().text());
    }

    @Test
    void theRetryWithRelaxedRulesDoesNotTakeTheMenuForTheContent() throws PithException {
        // A shop's home page whose offers are drawn by scripts: what is left after cleaning is one line, so pith
        // tries again with the relaxed rules; the mega-menu in its <nav> must not win that second look.
        StringBuilder menu = new StringBuilder("<nav class='navPages'><ul>");
        for (String dept : new String[] {"Surfaces", "Painting", "Drawing", "Sculpting", "Framing", "Crafts"}) {
            menu.append("<li><a href='/").append(dept).append("'>").append(dept).append("</a><ul>");
            for (int i = 1; i <= 8; i++) {
                menu.append("<li><a href='/").append(dept).append('/').append(i).append("'>").append(dept)
                        .append(" supplies and tools, range ").append(i).append("</a></li>");
            }
            menu.append("</ul></li>");
        }
        menu.append("</ul></nav>");
        String html = "<html><head><title>Art Supplies</title></head><body><header>" + menu + "</header>"
                + "<div id='app'><p>Free shipping on orders over $59, no code necessary.</p></div>"
                + "<footer><p>Privacy policy. Terms of use. Accessibility.</p></footer></body></html>";
        Article a = Pith.extract(Page.html("shop", html), Options.defaults());
        assertTrue(a.content().text().contains("Free shipping"), a.content().text());
        assertFalse(a.content().text().contains("supplies and tools"), a.content().text());
    }

    private static String shell(String articleBody, String body) {
        return "<html><head><title>Storm knocks out power to thousands</title><script type='application/ld+json'>"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Storm knocks out power to thousands\",\"articleBody\":"
                + articleBody + "}</script></head><body>" + body + "</body></html>";
    }

    @Test
    void aPageSavedBeforeItsScriptsRanGivesTheArticleBodyItDeclares() throws PithException {
        String text = "\"" + SENTENCE + "\\n\\n" + SENTENCE.replace("council", "mayor") + "\\n\\n" + SENTENCE + "\"";
        Article a = Pith.extract(Page.html("shell", shell(text, "<div id='root'></div><noscript>Enable JavaScript.</noscript>")),
                Options.defaults());
        assertEquals(3, a.content().select("p").size(), a.content().outerHtml());
        assertTrue(a.content().text().contains("The mayor voted on Tuesday"), a.content().text());
        assertTrue(a.fields().typeEvidence().stream().anyMatch(e -> e.contains("articleBody")), a.fields().typeEvidence().toString());
        // Written as HTML in the JSON: its paragraphs, not its tags.
        Article html = Pith.extract(Page.html("shell", shell("\"<p>" + SENTENCE + "</p><p>" + SENTENCE.replace("council", "mayor")
                + "</p>\"", "<div id='root'></div>")), Options.defaults());
        assertEquals(2, html.content().select("p").size(), html.content().outerHtml());
        assertFalse(html.content().text().contains("<p>"), html.content().text());
    }

    @Test
    void aPageThatShowsItsArticleKeepsWhatItShows() throws PithException {
        String body = "<article><p>" + SENTENCE.repeat(3) + "</p><p>" + SENTENCE.replace("council", "mayor").repeat(2)
                + "</p></article>";
        Article a = Pith.extract(Page.html("page", shell("\"A different summary of the story, long enough to count. "
                + SENTENCE.repeat(4) + "\"", body)), Options.defaults());
        assertFalse(a.content().text().contains("A different summary"), a.content().text());
        assertTrue(a.content().text().contains("The mayor voted"), a.content().text());
    }

    @Test
    void aNameOnAShopsPageIsAReviewersNotTheAuthors() throws PithException {
        String reviews = "<div class='review'><span class='review-author'>By Tom K.</span><p>Heavy but worth it,"
                + " it sears steaks well.</p></div>";
        String html = "<html><head><title>Cast Iron Skillet, 10 inch</title><script type='application/ld+json'>"
                + "{\"@type\":\"Product\",\"name\":\"Cast Iron Skillet, 10 inch\",\"offers\":{\"price\":\"34.99\"}}"
                + "</script></head><body><h1>Cast Iron Skillet, 10 inch</h1><div class='price'>$34.99</div>"
                + "<button>Add to cart</button><p>" + SENTENCE.replace("council", "skillet") + "</p>" + reviews + "</body></html>";
        Article shop = Pith.extract(Page.html("shop", html), Options.defaults().withUrl("https://shop.example/p/skillet"));
        assertEquals("product", shop.fields().pageType());
        assertEquals(java.util.List.of(), shop.fields().authors());
        // A review in microdata names its own author, not the page's.
        String marked = html.replace(reviews, "<div itemprop='review' itemscope itemtype='http://schema.org/Review'><p"
                + " itemprop='description'>Heavy but worth it, it sears steaks well.</p><strong itemprop='author'>Tom K."
                + "</strong></div>");
        Article microdata = Pith.extract(Page.html("shop", marked), Options.defaults().withUrl("https://shop.example/p/skillet"));
        assertEquals("product", microdata.fields().pageType());
        assertEquals(java.util.List.of(), microdata.fields().authors());
        String dated = marked.replace("<strong itemprop='author'>", "<span itemprop='datePublished'>March 2, 2024</span>"
                + "<strong itemprop='author'>");
        assertNull(Pith.extract(Page.html("shop", dated), Options.defaults().withUrl("https://shop.example/p/skillet"))
                .fields().published());
        Article story = Pith.extract(Page.html("story", story("<p class='byline'>By Ann Lee</p>")), Options.defaults());
        assertEquals(java.util.List.of("Ann Lee"), story.fields().authors());
    }
}
