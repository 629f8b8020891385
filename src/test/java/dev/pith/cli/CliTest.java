package dev.pith.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user drives it: exit codes, stdout, stderr and files. */
class CliTest {
    @TempDir
    Path dir;

    private static final String PAGE = "<html><head><title>Night buses approved</title></head><body><article>"
            + "<h1>Night buses approved</h1><p>The council voted on Tuesday to run three night bus routes for a trial, "
            + "starting in September, after a petition from shift workers.</p><p>The routes link the hospital and the "
            + "station between midnight and five, with a bus every forty minutes.</p></article></body></html>";

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void markdownOfOnePageOnStdout() throws Exception {
        Run r = run(write("a.html", PAGE).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# Night buses approved\n\nThe council voted"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void folderGivesJsonLinesInSortedOrderAndABadFileDoesNotStopTheRest() throws Exception {
        write("pages/b.html", PAGE.replace("Night buses", "Bee"));
        write("pages/a.html", PAGE);
        write("pages/sub/c.htm", PAGE.replace("Night buses", "Sea"));
        Files.write(dir.resolve("pages/broken.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        write("pages/ignored.css", "body{}");
        Run r = run("-f", "json", dir.resolve("pages").toString());
        assertEquals(ExitCodes.FAILED, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        ObjectMapper m = new ObjectMapper();
        assertTrue(m.readTree(lines.get(0)).get("source").asText().endsWith("pages/a.html"));
        assertTrue(m.readTree(lines.get(2)).has("error"), lines.get(2));
        assertTrue(m.readTree(lines.get(3)).get("source").asText().endsWith("sub/c.htm"));
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("pith: ") && r.err().contains("broken.html: not a web page (PNG image)"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void stdinIsReadWithDash() throws Exception {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)));
            Run r = run("-f", "json", "-");
            assertEquals(0, r.code(), r.err());
            JsonNode o = new ObjectMapper().readTree(r.out());
            assertEquals("-", o.get("source").asText());
            assertEquals("Night buses approved", o.get("title").asText());
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void outputFolderGetsOneFilePerInputAndNoTempFiles() throws Exception {
        write("in/x.html", PAGE);
        write("in/deep/y.html", PAGE);
        Path out = dir.resolve("out");
        Run r = run("-f", "markdown", "-o", out.toString(), dir.resolve("in").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("x.md")).startsWith("# Night buses approved"));
        assertTrue(Files.exists(out.resolve("deep/y.md")));
        try (Stream<Path> s = Files.walk(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void twoInputsWithOneBaseNameDoNotOverwriteEachOther() throws Exception {
        Path a = write("one/page.html", PAGE);
        Path b = write("two/page.html", PAGE.replace("Night buses", "Day buses"));
        Path out = dir.resolve("out");
        Run r = run("-f", "text", "-o", out.toString(), a.toString(), b.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("page.txt")));
        assertTrue(Files.exists(out.resolve("page-2.txt")));
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() {
        Run none = run();
        assertEquals(ExitCodes.USAGE, none.code());
        assertTrue(none.err().startsWith("pith: no input given"), none.err());
        Run bad = run("-f", "yaml", "x.html");
        assertEquals(ExitCodes.USAGE, bad.code());
        assertTrue(bad.err().startsWith("pith: "), bad.err());
        Run rule = run("--disable-rule", "nope.rule", "x.html");
        assertEquals(ExitCodes.USAGE, rule.code());
        assertTrue(rule.err().contains("unknown rule 'nope.rule'"), rule.err());
    }

    @Test
    void missingFileIsAClearErrorWithExitOne() {
        Run r = run(dir.resolve("missing.html").toString());
        assertEquals(ExitCodes.FAILED, r.code());
        assertTrue(r.err().trim().endsWith("missing.html: no such file"), r.err());
    }

    @Test
    void rulesListsEveryRule() {
        Run r = run("rules");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("paywall.subscribe-offer"));
        assertTrue(r.out().contains("icon.svg"));
    }

    @Test
    void explainInMarkdownModeGoesToStderr() throws Exception {
        Run r = run("--explain", write("s.html", PAGE.replace("</article>", "<div class='share-bar'>Share</div></article>")).toString());
        assertEquals(0, r.code());
        assertTrue(r.err().contains("share.bar"), r.err());
        assertFalse(r.out().contains("share.bar"));
    }

    @Test
    void frontMatterAndOtherFormats() throws Exception {
        Path p = write("f.html", PAGE);
        assertTrue(run("--front-matter", p.toString()).out().startsWith("---\ntitle: \"Night buses approved\"\n"));
        assertTrue(run("-f", "html", p.toString()).out().contains("<h1>Night buses approved</h1>"));
        assertTrue(run("-f", "text", p.toString()).out().startsWith("The council voted"));
        assertTrue(run("--version").out().startsWith("pith "));
    }
}
