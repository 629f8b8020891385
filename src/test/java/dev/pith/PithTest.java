package dev.pith;

import dev.pith.input.Page;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    }
}
