package dev.pith.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTest {
    private static String md(String articleHtml) {
        Element content = Jsoup.parseBodyFragment("<article>" + articleHtml + "</article>").selectFirst("article");
        return Markdown.body(content);
    }

    @Test
    void markupCharactersInTextAreEscaped() {
        assertEquals("2 \\* 3 = 6 and \\_init\\_ but snake_case stays, \\[x\\] \\`y\\`\n",
                md("<p>2 * 3 = 6 and _init_ but snake_case stays, [x] `y`</p>"));
        assertEquals("\\# not a heading\n", md("<p># not a heading</p>"));
        assertEquals("1\\. not a list\n", md("<p>1. not a list</p>"));
        assertEquals("\\> not a quote\n", md("<p>> not a quote</p>"));
        assertEquals("\\<script> is text\n", md("<p>&lt;script&gt; is text</p>"));
    }

    @Test
    void linksWithSpacesAndParenthesesStayLinks() {
        assertEquals("[the docs](https://x.org/a%20b%28c%29)\n", md("<p><a href='https://x.org/a b(c)'>the docs</a></p>"));
    }

    @Test
    void fencedCodeKeepsLanguageAndOutgrowsBackticks() {
        String out = md("<pre><code class='language-md'>use ``` to fence</code></pre>");
        assertEquals("````md\nuse ``` to fence\n````\n", out);
    }

    @Test
    void tablesEscapePipesAndPadRows() {
        String out = md("<table><tr><th>a</th><th>b</th></tr><tr><td>x | y</td></tr></table>");
        assertEquals("| a | b |\n| --- | --- |\n| x \\| y |   |\n", out);
    }

    @Test
    void nestedListsAndQuotes() {
        String out = md("<ul><li>one<ul><li>one.a</li></ul></li><li>two</li></ul><blockquote><p>said</p></blockquote>");
        assertEquals("- one\n  - one.a\n- two\n\n> said\n", out);
    }

    @Test
    void anOrderedListKeepsItsStartInDigits() {
        assertEquals("6. Lisbon\n7. Porto\n", md("<ol start='6'><li>Lisbon</li><li>Porto</li></ol>"));
        assertEquals("1. Permits\n2. Fees\n", md("<ol type='A'><li>Permits</li><li>Fees</li></ol>"));
    }

    @Test
    void aDefinitionHoldingParagraphsAndANestedListKeepsThemApart() {
        String out = md("<dl><dt>class Common</dt><dd><p>Adds conveniences.</p><dl><dt>redirect_class</dt><dd><p>Defaults to permanent.</p></dd></dl></dd><dt>flat</dt><dd>one line</dd></dl>");
        assertEquals("**class Common**\n\nAdds conveniences.\n\n**redirect_class**\n\nDefaults to permanent.\n\n**flat**"
                + "\n\none line\n", out);
    }

    @Test
    void boldInsideBoldIsMarkedOnce() {
        assertEquals("**chunix64**\n\nMember\n\nA **very** **long** day.\n",
                md("<dl><dt><strong>chunix64</strong></dt><dd>Member</dd></dl><p>A <strong><strong>very</strong></strong> "
                        + "<strong>long</strong> day.</p>"));
    }

    @Test
    void boldRunsSideBySideAreOneAndLineBreaksStayMarkdown() {
        assertEquals("## **5 Tips for Game Day Parties**\n\nOne line\\\ntwo lines.\n\nA new paragraph.\n\n| a b |\n| --- |\n",
                md("<h2><strong>5 Tips for Game D</strong><strong>ay Parties</strong></h2><p>One line<br>two lines."
                        + "<br><br>A new paragraph.<br></p><table><tr><td>a<br>b</td></tr></table>"));
        assertEquals("## Title Subtitle\n", md("<h2>Title<br>Subtitle</h2>"));
    }

    @Test
    void emphasisDoesNotSwallowSpaces() {
        assertTrue(md("<p>a<em> b </em>c</p>").contains("a *b* c"), md("<p>a<em> b </em>c</p>"));
    }

    @Test
    void figureWithCaption() {
        assertEquals("![alt](https://x.org/i.jpg)\n\n*A caption*\n",
                md("<figure><img src='https://x.org/i.jpg' alt='alt'><figcaption>A caption</figcaption></figure>"));
    }
}
