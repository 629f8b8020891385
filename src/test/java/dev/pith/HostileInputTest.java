package dev.pith;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.PithException.Reason;
import dev.pith.input.Page;
import dev.pith.input.PageLoader;
import dev.pith.render.Html;
import dev.pith.render.Json;
import dev.pith.render.Markdown;
import dev.pith.render.PlainText;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken, huge and hostile pages: pith answers clearly or extracts, and never crashes or hangs. */
class HostileInputTest {
    private static final String PROSE = "The harbour master said the new quay would open in May, after two years of "
            + "delays caused by storms, a shortage of steel and a long dispute over the contract.";

    private static Article extract(String html) throws PithException {
        return Pith.extract(Page.html("t.html", html), Options.defaults());
    }

    private static Page load(byte[] bytes, String name, long max) throws PithException {
        return new PageLoader(max).load(new ByteArrayInputStream(bytes), name, name);
    }

    @Test
    void pagesWithoutTextHaveNoContent() throws Exception {
        for (String html : new String[] {"<html><head><script>var a = 1;</script><style>p{}</style></head></html>",
            "<html><body><div><span></span></div></body></html>"}) {
            PithException e = assertThrows(PithException.class, () -> extract(html));
            assertEquals(Reason.NO_CONTENT, e.reason());
            assertTrue(e.getMessage().endsWith("no content found"), e.getMessage());
        }
        // A page that is one picture has that picture for content, and no text.
        Article picture = extract("<html><body><img src='https://x.org/a.png' alt='Map'></body></html>");
        assertEquals("", PlainText.of(picture.content()));
        assertEquals("https://x.org/a.png", picture.fields().image().url());
    }

    @Test
    void gzipBombIsStoppedAtTheCap() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);
            }
        }
        assertTrue(out.size() < 200_000, "the bomb is small packed");
        PithException e = assertThrows(PithException.class, () -> load(out.toByteArray(), "bomb.html.gz", 8 << 20));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void nulBytesAndControlCharactersNeverReachTheOutput() throws Exception {
        Article a = extract("<p>" + PROSE.replace("quay", "qu\u0000ay\u0001\u001b") + "</p><p>" + PROSE + "</p>");
        String all = PlainText.of(a) + Markdown.of(a) + Json.of(a, true);
        assertFalse(all.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'), "control character in output");
        new ObjectMapper().readTree(Json.of(a, true));
    }

    @Test
    void invalidUtf8IsReplacedNotFatal() throws Exception {
        byte[] html = ("<meta charset='utf-8'><p>" + PROSE + " \u00e9</p>").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[html.length + 2];
        System.arraycopy(html, 0, broken, 0, html.length);
        broken[html.length] = (byte) 0xC3;
        broken[html.length + 1] = (byte) 0x28;
        Article a = Pith.extract(load(broken, "b.html", 1 << 20), Options.defaults());
        assertTrue(PlainText.of(a).contains("harbour master"));
    }

    @Test
    void deepNestingIsFlattenedNotOverflowed() throws Exception {
        int n = 100_000;
        String html = "<html><body>" + "<div>".repeat(n) + "<p>" + PROSE + "</p>" + "</div>".repeat(n) + "</body></html>";
        assertTrue(PlainText.of(extract(html)).contains("harbour master"));
        String tables = "<body>" + "<table><tr><td>".repeat(3000) + "<p>" + PROSE + "</p>" + "</td></tr></table>".repeat(3000);
        try {
            extract(tables);
        } catch (PithException e) {
            // Flattening 9,000 levels of table cells may leave no readable block; a clear answer, not a crash.
            assertEquals(Reason.NO_CONTENT, e.reason());
        }
    }

    @Test
    void hugeLinesManyElementsHugeAttributesAndUnclosedTags() throws Exception {
        String longLine = "<p>" + (PROSE + " ").repeat(40_000) + "</p>";
        assertTrue(PlainText.of(extract(longLine)).length() > 1_000_000);
        StringBuilder many = new StringBuilder("<body><p>").append(PROSE).append("</p><div>");
        many.append("<span>w</span>".repeat(200_000)).append("</div>");
        extract(many.toString());
        String attrs = "<body><div class='" + "x".repeat(2_000_000) + "'><p>" + PROSE + "</p><p>" + PROSE + "</p></div>";
        assertTrue(PlainText.of(extract(attrs)).contains("harbour"));
        assertTrue(PlainText.of(extract("<body><div><p>" + PROSE + "<p><b><i>" + PROSE)).contains("harbour"));
    }

    @Test
    void markdownInjectionIsEscapedAndScriptLinksDropped() throws Exception {
        Article a = extract("<article><p>" + PROSE + "</p><p># Not a heading, *not bold*, `not code`, [not](link) "
                + "and a | pipe, said the harbour master again today.</p><p>> not a quote and 1. not a list either, "
                + "he added with some emphasis.</p><p><a href='javascript:alert(1)'>click me</a> and "
                + "<a href='data:text/html,x'>data</a> and <a href='https://x.org/a b(c)'>a real link</a> to follow.</p>"
                + "<p><img src='javascript:alert(2)' onerror='alert(3)'>" + PROSE + "</p></article>");
        String md = Markdown.of(a);
        assertTrue(md.contains("\\# Not a heading, \\*not bold\\*, \\`not code\\`, \\[not\\](link)"), md);
        assertTrue(md.contains("\\> not a quote and 1. not a list"), md);
        assertFalse(md.contains("javascript:"), md);
        assertFalse(md.contains("data:"), md);
        assertTrue(md.contains("(https://x.org/a%20b%28c%29)"), md);
        String html = Html.of(a);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("<script"), html);
    }
}
