package dev.pith.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainTextTest {
    private static String text(String html) {
        Element content = Jsoup.parseBodyFragment("<article>" + html + "</article>").selectFirst("article");
        return PlainText.of(content);
    }

    @Test
    void paragraphsAreSeparatedByBlankLines() {
        assertEquals("One  two.\n\nThree.".replace("  ", " "), text("<p>One \n two.</p><p>Three.</p>"));
    }

    @Test
    void aDefinitionHoldingParagraphsAndANestedListKeepsThemApart() {
        assertEquals("class Common\n\nAdds conveniences.\n\nredirect_class\n\nDefaults to permanent.\n\nflat\n\none line",
                text("<dl><dt>class Common</dt><dd><p>Adds conveniences.</p><dl><dt>redirect_class</dt><dd><p>Defaults to permanent.</p></dd></dl></dd><dt>flat</dt><dd>one line</dd></dl>"));
    }

    @Test
    void aRunOfLineBreaksIsOneBlankLine() {
        assertEquals("Verse one,\nline two.\n\nVerse two.", text("<p>Verse one,<br>line two.<br><br><br><br> <br>Verse two.</p>"));
        assertEquals("Title\n\nStory.", text("<p>Title<br><br><img src='a.jpg'><br><br>Story.</p>"));
    }

    @Test
    void listsTablesAndCode() {
        assertEquals("- a\n- b\n\n1. c\n\nx | y\n\nif (a) {\n  b();\n}",
                text("<ul><li>a</li><li>b</li></ul><ol><li>c</li></ol><table><tr><td>x</td><td>y</td></tr></table>"
                        + "<pre><code>if (a) {\n  b();\n}</code></pre>"));
    }

    @Test
    void anOrderedListIsNumberedAsThePageShowsIt() {
        // A top-ten list broken by a picture goes on from 6; a town code's sections are lettered; a countdown.
        assertEquals("6. Lisbon\n7. Porto", text("<ol start='6'><li>Lisbon</li><li>Porto</li></ol>"));
        assertEquals("A. Permits\nB. Fees\n\nii. Scope\niii. Terms",
                text("<ol type='A'><li>Permits</li><li>Fees</li></ol><ol type='i' start='2'><li>Scope</li><li>Terms</li></ol>"));
        assertEquals("3. bronze\n2. silver\n1. gold", text("<ol reversed><li>bronze</li><li>silver</li><li>gold</li></ol>"));
        assertEquals("1. x\n2. y", text("<ol start='first' type='disc'><li>x</li><li>y</li></ol>"));
    }

    @Test
    void aPictureAndItsCaptionAreNotProse() {
        assertEquals("Before.\n\nAfter.", text("<p>Before.</p><figure><img src='a.jpg' alt='A'>"
                + "<figcaption>The harbour at dawn (Image: Agency)</figcaption></figure><p>After.</p>"));
    }

    @Test
    void controlCharactersNeverReachTheOutput() {
        assertEquals("a b", text("<p>a\u0000\u0007b</p>"));
    }

    @Test
    void wordCount() {
        assertEquals(4, PlainText.wordCount("Two words, and more"));
        assertEquals(6, PlainText.wordCount("図書コーナー"));
    }

    @Test
    void aCaptionInAListItemIsNoMoreTextThanAnywhereElse() {
        // A gallery written as a list: its slides' captions are in the Markdown and "images", not in the prose.
        assertEquals("- Agenda for Tuesday",
                text("<ul><li><figure><img src='a.jpg'><figcaption>Officials shake hands in Hanoi.</figcaption></figure></li>"
                        + "<li>Agenda for <figure><img src='b.jpg'><figcaption>A chart.</figcaption></figure>Tuesday</li></ul>"));
    }
}
