package dev.pith.input;

import dev.pith.PithException;
import dev.pith.PithException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageLoaderTest {
    @TempDir
    Path dir;

    private Page load(byte[] bytes, String name) throws PithException {
        return new PageLoader().load(new ByteArrayInputStream(bytes), name, name);
    }

    @Test
    void latin1PageThatSaysSoHasNoMojibake() throws Exception {
        byte[] bytes = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Vendanges à Arbois, été précoce</p></body></html>"
                .getBytes(Charset.forName("windows-1252"));
        Page p = load(bytes, "fr.html");
        assertTrue(p.content().contains("Vendanges à Arbois, été précoce"), p.content());
        assertEquals("windows-1252", p.charset());
    }

    @Test
    void shiftJisPageThatSaysSoHasNoMojibake() throws Exception {
        byte[] bytes = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body><p>商店街に新しい図書コーナー</p></body></html>"
                .getBytes(Charset.forName("Shift_JIS"));
        assertTrue(load(bytes, "ja.html").content().contains("商店街に新しい図書コーナー"));
    }

    @Test
    void utf8BytesUnderAWrongLatin1DeclarationAreReadAsUtf8() throws Exception {
        byte[] bytes = "<meta charset=\"iso-8859-1\"><p>Über Köln</p>".getBytes(StandardCharsets.UTF_8);
        assertTrue(load(bytes, "x.html").content().contains("Über Köln"));
    }

    @Test
    void byteOrderMarksDecideUtf16() throws Exception {
        byte[] body = "<p>Grüße</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertEquals("<p>Grüße</p>", load(bytes, "x.html").content());
    }

    @Test
    void gzipIsUnpackedAndCorruptGzipIsAReadError() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write("<html><body><p>Packed page</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        Page p = load(out.toByteArray(), "page.html.gz");
        assertEquals(Page.Kind.HTML, p.kind());
        assertTrue(p.content().contains("Packed page"));
        byte[] corrupt = {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3};
        PithException e = assertThrows(PithException.class, () -> load(corrupt, "bad.gz"));
        assertEquals(Reason.READ_ERROR, e.reason());
        assertTrue(e.getMessage().startsWith("bad.gz: corrupt gzip"), e.getMessage());
    }

    @Test
    void binaryFilesAreRefusedByName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        PithException e = assertThrows(PithException.class, () -> load(png, "photo.html"));
        assertEquals(Reason.NOT_A_PAGE, e.reason());
        assertEquals("photo.html: not a web page (PNG image)", e.getMessage());
        assertThrows(PithException.class, () -> load("%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII), "a.pdf"));
    }

    @Test
    void feedsAndSitemapsAreNotWebPagesButXhtmlIs() {
        byte[] rss = ("<?xml version=\"1.0\"?>\n<!-- generator -->\n<rss version=\"2.0\"><channel><title>Blog</title>"
                + "<item><title>First</title><description>&lt;p&gt;Hello&lt;/p&gt;</description></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        PithException e = assertThrows(PithException.class, () -> load(rss, "feed.xml"));
        assertEquals(Reason.NOT_A_PAGE, e.reason());
        assertEquals("feed.xml: not a web page (RSS feed)", e.getMessage());
        byte[] atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Blog</title></feed>".getBytes(StandardCharsets.UTF_8);
        assertEquals("atom.html: not a web page (Atom feed)",
                assertThrows(PithException.class, () -> load(atom, "atom.html")).getMessage());
        byte[] sitemap = "<?xml version='1.0'?><urlset xmlns='x'><url><loc>https://x.org/</loc></url></urlset>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("map.xml: not a web page (XML sitemap)",
                assertThrows(PithException.class, () -> load(sitemap, "map.xml")).getMessage());
        byte[] xhtml = ("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>A page about"
                + " an rss feed reader.</p></body></html>").getBytes(StandardCharsets.UTF_8);
        assertDoesNotThrow(() -> load(xhtml, "page.xhtml"));
    }

    @Test
    void randomBytesAreNotAWebPageButLegacyEncodingsAre() {
        byte[] noise = new byte[8192];
        new java.util.Random(7).nextBytes(noise);
        PithException e = assertThrows(PithException.class, () -> load(noise, "noise.html"));
        assertEquals("noise.html: not a web page (binary data)", e.getMessage());
        // Latin-1 and Windows-1252 use the high bytes, never the control characters below 32.
        byte[] latin1 = new byte[4096];
        for (int i = 0; i < latin1.length; i++) {
            latin1[i] = (byte) (i % 7 == 0 ? 0xE9 : i % 13 == 0 ? 0x93 : i % 9 == 0 ? '\n' : 'a' + i % 26);
        }
        assertDoesNotThrow(() -> load(latin1, "vendanges.html"));
    }

    @Test
    void emptyAndBlankFilesHaveNoContent() {
        PithException e = assertThrows(PithException.class, () -> load(new byte[0], "empty.html"));
        assertEquals(Reason.NO_CONTENT, e.reason());
        assertTrue(e.getMessage().contains("no content found"));
        assertThrows(PithException.class, () -> load(" \n\t ".getBytes(StandardCharsets.US_ASCII), "blank.html"));
    }

    @Test
    void oversizedInputIsRefusedBeforeItIsRead() {
        PageLoader small = new PageLoader(10);
        PithException e = assertThrows(PithException.class, () -> small.load(
                new ByteArrayInputStream("<p>more than ten bytes</p>".getBytes(StandardCharsets.US_ASCII)), "big.html", "big.html"));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("--max-bytes"));
        assertThrows(IllegalArgumentException.class, () -> new PageLoader(0));
    }

    @Test
    void kindFollowsExtensionThenContent() throws Exception {
        assertEquals(Page.Kind.TEXT, load("<p>looks like html</p>".getBytes(StandardCharsets.UTF_8), "dump.txt").kind());
        assertEquals(Page.Kind.HTML, load("<!doctype html><p>x</p>".getBytes(StandardCharsets.UTF_8), "-").kind());
        assertEquals(Page.Kind.TEXT, load("Just a line of text\nand another".getBytes(StandardCharsets.UTF_8), "-").kind());
    }

    @Test
    void missingFileAndDirectoryAreReadErrors() throws Exception {
        PithException e = assertThrows(PithException.class, () -> new PageLoader().load(dir.resolve("nope.html"), "nope.html"));
        assertEquals("nope.html: no such file", e.getMessage());
        String url = "https://example.com/news/story.html";
        e = assertThrows(PithException.class, () -> new PageLoader().load(Path.of(url), url));
        assertTrue(e.getMessage().startsWith(url + ": no such file (pith reads saved pages and never fetches"), e.getMessage());
        Files.createDirectories(dir.resolve("d"));
        assertThrows(PithException.class, () -> new PageLoader().load(dir.resolve("d"), "d"));
    }

    @Test
    void doubleEncodedTextIsRepairedAndGenuineLatin1IsLeftAlone() throws Exception {
        String russian = "Полина Поризкова рассказала, почему стареть публично страшно. Модель призналась в интервью.";
        String mojibake = new String(russian.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        Page p = load(mojibake.getBytes(StandardCharsets.UTF_8), "dump.txt");
        assertEquals(russian, p.content());
        String french = "Les vendanges à Arbois: été précoce, récolte avancée, œnologues rassurés, élevage en fût.";
        assertEquals(french, Charsets.repairMojibake(french));
    }
}
