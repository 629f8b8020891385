package dev.pith.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.Article;
import dev.pith.Options;
import dev.pith.Pith;
import dev.pith.input.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {
    private static final String PAGE = "<html lang='en'><head><title>A headline here</title></head><body><article>"
            + "<h1>A headline here</h1><p>First paragraph of the story, long enough to count as prose for the extractor.</p>"
            + "<p>Second paragraph, with \"quotes\" and a line\u2028separator, also long enough to count.</p>"
            + "<div class='share-bar'>Share</div></article></body></html>";

    @Test
    void everyFieldIsPresentAbsentOnesAreNullOrEmpty() throws Exception {
        Article a = Pith.extract(Page.html("p.html", PAGE), Options.defaults());
        JsonNode o = new ObjectMapper().readTree(Json.of(a, false));
        for (String f : List.of("source", "url", "title", "subtitle", "authors", "published", "modified", "siteName",
                "section", "tags", "lang", "description", "image", "text", "markdown", "wordCount")) {
            assertTrue(o.has(f), "missing field " + f);
        }
        assertEquals("p.html", o.get("source").asText());
        assertTrue(o.get("url").isNull());
        assertTrue(o.get("authors").isArray() && o.get("authors").isEmpty());
        assertEquals("A headline here", o.get("title").asText());
        assertTrue(o.get("text").asText().startsWith("First paragraph"));
        assertTrue(!o.has("removed"), "removed only with explain");
    }

    @Test
    void oneLinePerArticleAndExplainAddsTheRecord() throws Exception {
        Article a = Pith.extract(Page.html("p.html", PAGE), Options.defaults());
        String line = Json.of(a, true);
        assertTrue(!line.contains("\n"), "JSON Lines output must be one line");
        JsonNode o = new ObjectMapper().readTree(line);
        assertEquals("share.bar", o.get("removed").get(0).get("rule").asText());
        assertTrue(o.get("candidates").size() > 0);
        assertEquals("html", o.get("fieldSources").get("title").asText());
    }

    @Test
    void errorObject() throws Exception {
        JsonNode o = new ObjectMapper().readTree(Json.error("x.png", "not_a_page", "x.png: not a web page (PNG image)"));
        assertEquals("x.png", o.get("source").asText());
        assertEquals("x.png: not a web page (PNG image)", o.get("error").asText());
    }
}
