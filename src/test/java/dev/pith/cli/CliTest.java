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

    private static final String WITH_COMMENTS = PAGE.replace("</article>", "<figure><img src='/bus.jpg'>"
            + "<figcaption>A night bus at the station</figcaption></figure><p>The trial will be reviewed after six "
            + "months, the council said, and could be extended to weekends.</p></article>"
            + "<section id='comments'><h3>2 Comments</h3><div class='comment'><span class='author'>Ana</span>"
            + "<time datetime='2024-03-05'>5 March</time><p>Finally! I finish work at one in the morning.</p>"
            + "<div class='comment'><span class='author'>Ben</span><p>Same here, at the hospital.</p></div></div>"
            + "</section>");

    @Test
    void commentsAreLeftOutByDefaultAndReturnedApartWithTheFlag() throws Exception {
        Path page = write("c.html", WITH_COMMENTS);
        Run plain = run("-f", "json", page.toString());
        assertEquals(0, plain.code(), plain.err());
        assertFalse(plain.out().contains("Finally!"), plain.out());
        assertFalse(plain.out().contains("\"comments\""), plain.out());

        Run json = run("-f", "json", "--comments", page.toString());
        JsonNode o = new ObjectMapper().readTree(json.out());
        assertFalse(o.get("text").asText().contains("Finally!"), json.out());
        JsonNode comments = o.get("comments");
        assertEquals(2, comments.size(), json.out());
        assertEquals("Ana", comments.get(0).get("author").asText());
        assertEquals("2024-03-05", comments.get(0).get("published").asText());
        assertEquals("Finally! I finish work at one in the morning.", comments.get(0).get("text").asText());
        assertEquals(0, comments.get(0).get("depth").asInt());
        assertEquals("Ben", comments.get(1).get("author").asText());
        assertEquals("Same here, at the hospital.", comments.get(1).get("text").asText());
        assertEquals(1, comments.get(1).get("depth").asInt());

        Run md = run("--comments", page.toString());
        assertTrue(md.out().contains("extended to weekends.\n\n## Comments\n\n**Ana** · 2024-03-05\n\nFinally!"), md.out());
        assertTrue(md.out().contains("\n> **Ben**\n>\n> Same here, at the hospital.\n"), md.out());
    }

    @Test
    void focusPrecisionLeavesFiguresOutOfTheBodyAndABadFocusIsAUsageError() throws Exception {
        Path page = write("f.html", WITH_COMMENTS);
        assertTrue(run("-f", "markdown", page.toString()).out().contains("A night bus at the station"));
        assertFalse(run("-f", "text", page.toString()).out().contains("A night bus at the station"),
                "captions are not prose: plain text leaves them to the other formats");
        Run precise = run("-f", "markdown", "--focus", "PRECISION", page.toString());
        assertEquals(0, precise.code(), precise.err());
        assertFalse(precise.out().contains("A night bus at the station"), precise.out());
        assertTrue(precise.out().contains("extended to weekends."), precise.out());
        assertTrue(run("-f", "text", "--focus", "recall", page.toString()).out().contains("extended to weekends."));

        Run bad = run("--focus", "everything", page.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("pith: Invalid value for option '--focus'"), bad.err());
        assertEquals(2, bad.err().strip().split("\n").length, bad.err());
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
        List<String> errLines = r.err().lines().toList();
        assertEquals(2, errLines.size(), r.err());
        assertTrue(errLines.get(0).startsWith("pith: ") && errLines.get(0).contains("broken.html: not a web page (PNG image)"), r.err());
        assertTrue(errLines.get(1).matches("4 pages, 1 failed, [0-9.]+ s"), errLines.get(1));
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
    void parallelJobsKeepInputOrderAndUnorderedKeepsEveryResult() throws Exception {
        for (int i = 0; i < 12; i++) {
            write("many/p" + (char) ('a' + i) + ".html", PAGE.replace("Night buses", "Story " + i));
        }
        Run ordered = run("-f", "json", "-j", "3", dir.resolve("many").toString());
        List<String> sources = ordered.out().lines().map(l -> l.replaceAll(".*\"source\":\"([^\"]+)\".*", "$1")).toList();
        assertEquals(12, sources.size());
        assertEquals(sources.stream().sorted().toList(), sources, "ordered output must follow input order");
        Run unordered = run("-f", "json", "-j", "3", "--unordered", dir.resolve("many").toString());
        assertEquals(12, unordered.out().lines().count());
    }

    @Test
    void inputListWithNulSeparatorsAndNewlines() throws Exception {
        Path a = write("list/a b.html", PAGE);
        Path b = write("list/c\nd.html", PAGE);
        Path nul = write("paths0", a + "\u0000" + b + "\u0000");
        Run r = run("-0", "--input-list", nul.toString(), "-f", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.out().lines().count());
        Path lines = write("paths", a + "\n" + dir.resolve("list/missing.html") + "\n");
        Run r2 = run("--input-list", lines.toString(), "-f", "json");
        assertEquals(ExitCodes.FAILED, r2.code());
        assertTrue(r2.out().lines().toList().get(1).contains("\"error\""), r2.out());
    }

    @Test
    void skipExistingResumesABatch() throws Exception {
        write("resume/a.html", PAGE);
        write("resume/b.html", PAGE);
        Path out = dir.resolve("resume-out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("a.md"), "kept from the first run\n");
        Run r = run("-o", out.toString(), "--skip-existing", dir.resolve("resume").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("kept from the first run\n", Files.readString(out.resolve("a.md")));
        assertTrue(Files.readString(out.resolve("b.md")).startsWith("# Night buses approved"));
        assertEquals(ExitCodes.USAGE, run("--skip-existing", dir.resolve("resume").toString()).code());
    }

    @Test
    void progressBarWhenForced() throws Exception {
        write("prog/a.html", PAGE);
        write("prog/b.html", PAGE);
        Run r = run("--progress", "-o", dir.resolve("prog-out").toString(), dir.resolve("prog").toString());
        assertTrue(r.err().contains("2/2 pages"), r.err());
        assertTrue(r.err().contains("pages/s"), r.err());
        assertTrue(r.err().contains("2 pages, 0 failed"), r.err());
        Run quiet = run("--quiet", "-o", dir.resolve("prog-out2").toString(), dir.resolve("prog").toString());
        assertEquals("", quiet.err());
    }

    @Test
    void symlinkLoopsAreReportedAndTheRestIsProcessed() throws Exception {
        write("loop/ok é.html", PAGE);
        Files.createSymbolicLink(dir.resolve("loop/back"), dir.resolve("loop"));
        Run r = run("-f", "json", dir.resolve("loop").toString());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().contains("ok é.html"), r.out());
        assertTrue(r.err().contains("symbolic link loop"), r.err());
        assertEquals(ExitCodes.FAILED, r.code());
    }

    @Test
    void outputsStayInsideTheOutputFolderAndNeverReplaceInputs() throws Exception {
        Path in = write("tree/a.html", PAGE);
        write("tree/sub/b.html", PAGE);
        Run inside = run("-f", "html", "-o", dir.resolve("tree").toString(), dir.resolve("tree").toString());
        assertEquals(ExitCodes.FAILED, inside.code(), "a.html would be replaced by a.html output");
        assertTrue(inside.err().contains("would overwrite an input"), inside.err());
        assertEquals(PAGE, Files.readString(in));
        Path out = dir.resolve("out-dots");
        Run dots = run("-f", "text", "-o", out.toString(), dir.resolve("tree/sub/../a.html").toString());
        assertEquals(0, dots.code(), dots.err());
        assertTrue(Files.exists(out.resolve("a.txt")));
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().equals("a.txt")));
        }
    }

    @Test
    void anOutputFolderThatIsAFileIsAUsageError() throws Exception {
        Path file = write("not-a-dir", "x");
        Run r = run("-o", file.toString(), write("p.html", PAGE).toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().startsWith("pith: cannot create output folder"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void articlesOnlySaysWhenAPageIsNotAnArticle() throws Exception {
        StringBuilder shop = new StringBuilder("<html><head><meta property='og:type' content='product'></head><body>"
                + "<h1>Steel kettle</h1><p class='price'>$29</p><button>Add to cart</button>");
        shop.append("<p>A 1.7 litre kettle with a brushed steel body, a hidden element and a light that shows when it is on.</p>");
        Path product = write("kettle.html", shop.append("</body></html>").toString());
        Run r = run("--articles-only", "-f", "json", product.toString());
        assertEquals(ExitCodes.NOT_ARTICLE, r.code(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertFalse(o.get("article").asBoolean());
        assertEquals("product", o.get("pageType").asText());
        Run md = run("--articles-only", product.toString());
        assertEquals("", md.out());
        Path article = write("news/2024/05/01/story.html", PAGE.replace("<head>",
                "<head><meta property='og:type' content='article'>"));
        Run ok = run("--articles-only", "-f", "json", article.toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals("article", new ObjectMapper().readTree(ok.out()).get("pageType").asText());
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
    void helpListsEveryOptionAndCommandAndEachCommandHasItsOwn() {
        Run help = run("--help");
        assertEquals(ExitCodes.OK, help.code());
        for (String s : new String[] {"Usage: pith", "-f, --format=FORMAT", "--disable-rule=ID[,ID...]",
                "--articles-only", "-0, --null", "eval", "rules", "bench", "Exit codes:", "3   not an article"}) {
            assertTrue(help.out().contains(s), s + " missing from --help:\n" + help.out());
        }
        assertFalse(help.out().contains("train-types"), "the maintainers' command stays out of --help");
        Run eval = run("eval", "-h");
        assertEquals(ExitCodes.OK, eval.code());
        assertTrue(eval.out().startsWith("Usage: pith eval") && eval.out().contains("--per-page=FILE.csv"), eval.out());
        assertTrue(run("rules", "--version").out().startsWith("pith "));
    }

    @Test
    void evalScoresWithoutADisabledRuleToShowWhatItBrings() throws Exception {
        // The share bar's words are not in the truth: with the rule the page scores 1.0, without it less.
        write("set/pages/bus.html", PAGE.replace("</article>", "<p>The trial will be reviewed after six months, the"
                + " council said, and could be extended to weekends.</p><div class='share-bar'>Share on Facebook Tweet"
                + " this story Email a friend</div></article>"));
        write("set/truth.jsonl", "{\"id\": \"bus\", \"text\": \"The council voted on"
                + " Tuesday to run three night bus routes for a trial, starting in September, after a petition from shift"
                + " workers.\\n\\nThe routes link the hospital and the station between midnight and five, with a bus"
                + " every forty minutes.\\n\\nThe trial will be reviewed after six months, the council said, and could"
                + " be extended to weekends.\"}\n");
        String set = dir.resolve("set").toString();
        Run with = run("eval", set, "--worst", "0");
        Run without = run("eval", set, "--worst", "0", "--disable-rule", "share");
        assertEquals(ExitCodes.OK, with.code(), with.err());
        assertEquals(ExitCodes.OK, without.code(), without.err());
        assertTrue(with.out().contains("tokens    mean F1 1.0000"), with.out());
        assertFalse(without.out().contains("tokens    mean F1 1.0000"), without.out());
        assertTrue(without.out().contains("tokens    mean F1 0.9"), without.out());
        Run unknown = run("eval", set, "--disable-rule", "nope.rule");
        assertEquals(ExitCodes.USAGE, unknown.code());
        assertTrue(unknown.err().contains("unknown rule 'nope.rule'"), unknown.err());
    }

    @Test
    void optionsComeBeforeOrAfterInputsAndRepeatedRulesAreSplitAtCommas() throws Exception {
        Path page = write("p.html", PAGE);
        Run r = run(page.toString(), "-f", "json", "--disable-rule=share,nav.toc", "--disable-rule", "icon", "-j2");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"source\""), r.out());
        Run unknown = run("--disable-rule", "share,nope.rule", page.toString());
        assertTrue(unknown.err().contains("unknown rule 'nope.rule'"), unknown.err());
        Run dash = run("--", "-odd-name.html");
        assertEquals(ExitCodes.FAILED, dash.code(), "after --, a name that starts with - is an input");
        assertTrue(dash.err().contains("-odd-name.html: no such file"), dash.err());
    }

    @Test
    void badOptionsAndValuesAreOneLineUsageErrorsNamingTheOption() {
        for (String[] args : new String[][] {{"--bogus", "x.html"}, {"--expl", "x.html"}, {"-j", "many", "x.html"},
                {"--max-bytes", "1e9", "x.html"}, {"x.html", "-j"}, {"eval"}, {"bench", "-r", "0", "d"},
                {"rules", "extra"}}) {
            Run r = run(args);
            assertEquals(ExitCodes.USAGE, r.code(), String.join(" ", args));
            String[] lines = r.err().strip().split("\n");
            assertTrue(lines[0].startsWith("pith: ") && lines.length <= 2, r.err());
        }
        assertTrue(run("-j", "many", "x.html").err().contains("'--jobs'"));
        assertTrue(run("--expl", "x.html").err().contains("--expl"), "no guessing of abbreviated options");
    }

    @Test
    void aBatchStopsQuietlyWhenItsReaderHasGone() throws Exception {
        for (int i = 0; i < 40; i++) {
            write(String.format("many/p%02d.html", i), PAGE);
        }
        int[] writes = {0};
        java.io.OutputStream closedAfterOne = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                if (writes[0]++ > 0) {
                    throw new java.io.IOException("Broken pipe");
                }
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"-f", "json", "-j", "1", dir.resolve("many").toString()},
                new PrintStream(closedAfterOne, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(ExitCodes.FAILED, code);
        assertTrue(writes[0] <= 3, "pith went on writing to a closed pipe: " + writes[0] + " writes");
        assertEquals("", err.toString(StandardCharsets.UTF_8), "a reader that has gone is not an error to report");
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
    void trainTypesFitsAModelToADatasetAndWritesItAtomically() throws Exception {
        StringBuilder truth = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            write("ds/pages/story" + i + ".html", "<html><head><title>Council closes the old bridge " + i
                    + " for repairs</title></head><body><article><p>" + "The council voted to close the bridge. ".repeat(10)
                    + "</p></article></body></html>");
            write("ds/pages/shop" + i + ".html", "<html><head><title>Tables</title></head><body><ul>"
                    + ("<li class='product-item'><a href='/t'>Oak table " + i + "</a> <span class='price'>$120</span>"
                    + "<button>Add to cart</button></li>").repeat(12) + "</ul></body></html>");
            truth.append("{\"id\":\"story").append(i).append("\",\"text\":\"\",\"page_type\":\"article\"}\n");
            truth.append("{\"id\":\"shop").append(i).append("\",\"text\":\"\",\"page_type\":\"collection\"}\n");
        }
        write("ds/truth.jsonl", truth.toString());
        Path model = dir.resolve("model.tsv");
        Run r = run("train-types", "--folds", "4", "--iterations", "200", "-o", model.toString(), dir.resolve("ds").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ds: cross-validated page type 100.0% of 8"), r.out());
        dev.pith.metadata.PageTypeModel m = dev.pith.metadata.PageTypeModel.parse(Files.readString(model));
        assertTrue(m.features().contains("content.proseShare"), m.features().toString());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains(".tmp")).toList());
        }
        assertEquals(ExitCodes.USAGE, run("train-types", dir.resolve("nowhere").toString()).code());
    }

    @Test
    void benchReportsParseFloorOneThreadAllThreadsAndAllocation() throws Exception {
        write("b/a.html", PAGE);
        write("b/b.txt", "Night buses approved\n\nThe council voted on Tuesday to run three night bus routes for a "
                + "trial, starting in September, after a petition from shift workers on the late shift.\n");
        Run r = run("bench", "-r", "1", "-j", "2", dir.resolve("b").toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("2 pages x 1 rounds", lines.get(0), r.out());
        assertTrue(lines.get(1).matches("parse only \\(jsoup\\) +[0-9.]+ pages/s"), r.out());
        assertTrue(lines.get(2).matches("pith, 1 thread +[0-9.]+ pages/s +\\([0-9.]+x parse time\\)"), r.out());
        assertTrue(lines.get(3).matches("pith, 2 threads +[0-9.]+ pages/s +\\([0-9.]+x of 1 thread\\)"), r.out());
        assertTrue(lines.get(4).matches("allocated per page +[0-9.]+ KiB"), r.out());
        if (java.lang.management.ManagementFactory.getThreadMXBean().isCurrentThreadCpuTimeSupported()) {
            assertTrue(lines.get(5).matches("CPU per page +[0-9.]+ ms parse, [0-9.]+ ms pith on 1 thread \\([0-9.]+x\\)"),
                    r.out());
        }
        assertEquals(2, run("bench", "-r", "0", dir.resolve("b").toString()).code(), "no rounds is a usage error");
        write("b/broken.html", "");
        Run floor = run("bench", "--parse-only", dir.resolve("b").toString());
        assertEquals(0, floor.code(), floor.err());
        assertTrue(floor.out().matches("2 pages read and parsed in [0-9.]+ s\\R"), "the empty page does not count: "
                + floor.out());
        Run fresh = run("bench", "--fresh", "-r", "1", "-j", "2", dir.resolve("b").toString());
        assertEquals(0, fresh.code(), fresh.err());
        List<String> rows = fresh.out().lines().toList();
        assertEquals("3 pages, a new JVM for each run, 1 rounds (median wall time)", rows.get(0), fresh.out());
        assertTrue(rows.get(1).matches("parse only, plain JVM +[0-9.]+ s +[0-9.]+ pages/s"), fresh.out());
        assertTrue(rows.get(2).matches("parse only, pith's JVM +[0-9.]+ s +[0-9.]+ pages/s"), fresh.out());
        assertTrue(rows.get(3).matches("pith, 2 jobs +[0-9.]+ s +[0-9.]+ pages/s +\\([0-9.]+x parse time\\)"), fresh.out());
        assertTrue(rows.get(4).matches("pith, 1 job +[0-9.]+ s +[0-9.]+ pages/s +\\([0-9.]+x parse time\\)"), fresh.out());
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
