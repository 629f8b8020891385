package dev.pith.input;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlParserTest {
    @Test
    void aStrayCdataSectionInHtmlEndsAtTheNextBracketLikeBrowsersDo() {
        // A forum template left "<![CDATA[" before its page: read as all text, the posts would come out as raw tags.
        Document doc = HtmlParser.parse("<body><![CDATA[\n<div id='top'><p>First post of the thread</p></div>"
                + "<footer>Site footer</footer></body>", "");
        assertEquals("First post of the thread", doc.selectFirst("p").text());
        assertNotNull(doc.selectFirst("footer"), doc.body().html());
        assertFalse(doc.body().text().contains("<"), doc.body().text());
    }

    @Test
    void cdataInSvgStaysText() {
        Document doc = HtmlParser.parse("<body><svg><style><![CDATA[.a{fill:red}]]></style><text><![CDATA[x < y]]>"
                + "</text></svg><p>After</p></body>", "");
        assertTrue(doc.selectFirst("svg text").text().contains("x < y"), doc.body().html());
        assertEquals("After", doc.selectFirst("p").text());
    }

    @Test
    void nestingDeeperThanTheLimitIsFlattened() {
        String html = "<div>".repeat(HtmlParser.MAX_DEPTH + 50) + "deep" + "</div>".repeat(HtmlParser.MAX_DEPTH + 50);
        Document doc = HtmlParser.parse(html, "");
        assertEquals("deep", doc.body().text());
        assertTrue(doc.body().select("div").size() <= HtmlParser.MAX_DEPTH, "depth was not bounded");
    }
}
