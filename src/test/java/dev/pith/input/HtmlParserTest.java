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
    void anAmpPictureBecomesTheImageItStandsFor() {
        Document doc = HtmlParser.parse("<body><figure><amp-img src='https://x.org/pier.jpg' width='800' height='450'"
                + " layout='responsive' alt='The pier at dawn'><noscript><img src='https://x.org/pier.jpg'></noscript>"
                + "</amp-img><figcaption>The pier</figcaption></figure></body>", "");
        assertEquals(1, doc.select("img").size(), doc.body().html());
        assertEquals("https://x.org/pier.jpg", doc.selectFirst("figure > img").attr("src"));
        assertEquals("The pier at dawn", doc.selectFirst("img").attr("alt"));
        assertFalse(doc.selectFirst("img").hasAttr("layout"));
        assertTrue(doc.select("amp-img").isEmpty());
    }

    @Test
    void nestingDeeperThanTheLimitIsFlattened() {
        String html = "<div>".repeat(HtmlParser.MAX_DEPTH + 50) + "deep" + "</div>".repeat(HtmlParser.MAX_DEPTH + 50);
        Document doc = HtmlParser.parse(html, "");
        assertEquals("deep", doc.body().text());
        assertTrue(doc.body().select("div").size() <= HtmlParser.MAX_DEPTH, "depth was not bounded");
    }
}
