package dev.pith.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LooseTextTest {

    @Test
    void textBesideBlocksBecomesParagraphs() {
        Document doc = Jsoup.parse("<div>Intro line<div>A block</div>Closing line</div>");
        LooseText.wrap(doc.body());
        assertEquals("<p>Intro line</p><div>A block</div><p>Closing line</p>",
                doc.body().child(0).html().replaceAll("\\s*\\n\\s*", ""));
    }

    @Test
    void aDoubleLineBreakSplitsParagraphsEvenInAFont() {
        // Old pages write paragraphs as text between <br><br>, often inside a <font>: each is a paragraph to score.
        Document doc = Jsoup.parse("<table><tr><td><font size='2'>First paragraph, with a comma.<br><br>"
                + "Second one<br>with a line break.<br><br><b>Third</b> paragraph.</font></td></tr></table>");
        LooseText.wrap(doc.body());
        Element font = doc.selectFirst("font");
        assertEquals(3, font.select("p").size(), font.outerHtml());
        assertEquals("Second one with a line break.", font.select("p").get(1).text());
        assertEquals(1, font.select("p br").size(), "a single break stays inside its paragraph: " + font.outerHtml());
    }

    @Test
    void aSingleLineBreakIsNoParagraph() {
        Document doc = Jsoup.parse("<div>By Jane Doe<br>March 3, 2006</div>");
        LooseText.wrap(doc.body());
        assertNull(doc.selectFirst("p"), doc.body().html());
    }

    @Test
    void codeKeepsItsLines() {
        Document doc = Jsoup.parse("<pre><code><div class='line'>echo a<br><br>echo b</div></code></pre>");
        LooseText.wrap(doc.body());
        assertNull(doc.selectFirst("p"), doc.body().html());
    }
}
