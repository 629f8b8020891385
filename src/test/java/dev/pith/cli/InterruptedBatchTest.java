package dev.pith.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch killed midway (SIGTERM, as Ctrl-C or a job scheduler sends) leaves only whole output files and no
 * temporary files, and a re-run with --skip-existing finishes the rest.
 */
class InterruptedBatchTest {
    @TempDir
    Path dir;

    @Test
    void killedBatchLeavesWholeFilesAndResumes() throws Exception {
        Path in = writeLongPages(dir.resolve("in"));
        Path out = dir.resolve("out");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "-q", "-j", "1", "-o", out.toString(),
                in.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && count(out, ".md") < 20 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        p.destroy();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "pith did not stop on SIGTERM");
        assertEquals(0, count(out, ".tmp"), "temporary files left behind");
        int first = count(out, ".md");
        try (Stream<Path> s = Files.list(out)) {
            for (Path f : s.toList()) {
                assertTrue(Files.readString(f).trim().endsWith("forty years, with a full deck."), "half-written " + f);
            }
        }
        Process again = new ProcessBuilder(withSkipExisting(cmd)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log2").toFile()).start();
        assertTrue(again.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, again.exitValue(), Files.readString(dir.resolve("log2")));
        assertEquals(400, count(out, ".md"));
        assertTrue(first < 400, "the first run should have been interrupted");
    }

    private static List<String> withSkipExisting(List<String> cmd) {
        List<String> c = new java.util.ArrayList<>(cmd.subList(0, cmd.size() - 1));
        c.add("--skip-existing");
        c.add(cmd.get(cmd.size() - 1));
        return c;
    }

    /** Writes 400 long pages into {@code in}: a batch that takes seconds, long enough to be stopped midway. */
    static Path writeLongPages(Path in) throws Exception {
        Files.createDirectories(in);
        String body = "<p>" + "The ferry left the harbour at dawn, as it has every day for forty years, with a full deck. ".repeat(400) + "</p>";
        for (int i = 0; i < 400; i++) {
            Files.writeString(in.resolve(String.format("page-%03d.html", i)), "<html><body><article><h1>Page " + i
                    + "</h1>" + body + "</article></body></html>");
        }
        return in;
    }

    /** Output files in {@code dir} whose name ends with {@code ext}. */
    static int count(Path dir, String ext) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return (int) s.filter(f -> f.getFileName().toString().endsWith(ext)).count();
        }
    }
}
