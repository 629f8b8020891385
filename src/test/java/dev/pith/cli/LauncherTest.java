package dev.pith.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code java -jar pith.jar} runs pith in a second, tuned JVM, and the user sees the same streams and codes. */
class LauncherTest {
    @TempDir
    Path dir;

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private static List<String> command(List<String> jvmArgs, String... args) {
        return Launcher.childCommand(JAVA, jvmArgs, "/opt/pith/pith.jar", null, args);
    }

    @Test
    void aShortRunGoesToTheQuickCompilerWithTheUsersMemoryAndProperties() {
        List<String> cmd = command(List.of("-Xmx300m", "-Dfile.encoding=UTF-8"), "-f", "json", "page.html");
        assertNotNull(cmd);
        assertEquals(JAVA.toString(), cmd.get(0));
        assertTrue(cmd.contains("-XX:TieredStopAtLevel=1"), cmd.toString());
        assertTrue(cmd.contains("-Xmx300m") && cmd.contains("-Dfile.encoding=UTF-8"), cmd.toString());
        assertTrue(cmd.contains("-D" + Launcher.CHILD_PROPERTY + "=false"), "the child must not launch again");
        assertTrue(cmd.contains("-D" + Launcher.PARENT_PROPERTY + "=" + ProcessHandle.current().pid()), cmd.toString());
        assertEquals(List.of("-cp", "/opt/pith/pith.jar", Main.class.getName(), "-f", "json", "page.html"),
                cmd.subList(cmd.size() - 6, cmd.size()));
    }

    @Test
    void aLongBatchKeepsTheOptimisingCompiler() {
        List<String> cmd = command(List.of(), "-0", "--input-list", "-");
        assertNotNull(cmd);
        assertFalse(cmd.contains("-XX:TieredStopAtLevel=1"), cmd.toString());
    }

    @Test
    void staysInThisJvmWhenTheUserChoseJvmOptionsOrTheCommandMeasuresIt() {
        assertNull(command(List.of("-agentlib:jdwp=transport=dt_socket,server=y"), "page.html"), "a debugger");
        assertNull(command(List.of("-XX:+UseZGC"), "page.html"), "the user's own JVM tuning");
        assertNull(command(List.of(), "bench", "pages/"), "bench measures the JVM the user started");
        assertNull(command(List.of(), "train-types", "data/"));
        assertNull(command(List.of(), "--version"));
        assertNull(command(List.of(), "rules", "--help"));
        assertNull(command(List.of()), "no arguments: the usage message");
        assertNull(Launcher.childCommand(JAVA, List.of(), "/opt/pith/pith.jar", "false", new String[] {"p.html"}),
                "already the second JVM");
        assertNull(Launcher.childCommand(null, List.of(), "/opt/pith/pith.jar", null, new String[] {"p.html"}),
                "no java executable");
    }

    @Test
    void theClassDataArchiveBesideTheJarIsUsedWhenThereIsOne() throws Exception {
        Path jar = Files.createFile(dir.resolve("pith.jar"));
        String[] args = {"page.html"};
        List<String> without = Launcher.childCommand(JAVA, List.of(), jar.toString(), null, args);
        assertTrue(without.stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile")), without.toString());
        Files.createFile(dir.resolve("pith.jsa"));
        List<String> with = Launcher.childCommand(JAVA, List.of(), jar.toString(), null, args);
        assertTrue(with.contains("-XX:SharedArchiveFile=" + dir.resolve("pith.jsa").toAbsolutePath()), with.toString());
    }

    @Test
    void inputsAreCountedUnderFoldersButNotInTheOutputFolder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        for (int i = 0; i < 7; i++) {
            Files.writeString(in.resolve("p" + i + ".html"), "<p>x</p>");
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(out.resolve("p" + i + ".md"), "x");
        }
        String[] args = {"-o", out.toString(), dir.resolve("in").toString(), "more.html"};
        assertEquals(8, Launcher.countInputs(args, 100));
        assertEquals(3, Launcher.countInputs(args, 3), "counting stops at the cap");
        assertEquals(100, Launcher.countInputs(new String[] {"-0", "--input-list", "-"}, 100), "a list on stdin");
        Path list = Files.writeString(dir.resolve("list.txt"), "a.html\nb.html\nc.html\n");
        assertEquals(3, Launcher.countInputs(new String[] {"--input-list", list.toString()}, 100));
        assertEquals(4, Launcher.countInputs(new String[] {"--input-list=" + list, "d.html"}, 100));
        Path nul = Files.writeString(dir.resolve("list0"), "a.html\0b.html\0");
        assertEquals(2, Launcher.countInputs(new String[] {"-0", "--input-list", nul.toString()}, 100));
    }

    /** Runs {@link Launcher} as {@code java -jar} would, with the test class path. */
    private ProcessBuilder launcher(String... args) {
        List<String> cmd = new ArrayList<>(List.of(JAVA.toString(), "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile());
    }

    @Test
    void theSecondJvmsOutputAndExitCodesAreWhatTheUserGets() throws Exception {
        Files.writeString(dir.resolve("page.html"), "<html><head><title>Ferry</title></head><body><article><p>"
                + "The ferry left the harbour at dawn, as it has every day for forty years, with a full deck of "
                + "cars and a few cyclists.</p></article></body></html>");
        Process ok = launcher("-f", "text", "page.html").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ok.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, ok.exitValue());
        assertTrue(out.contains("The ferry left the harbour at dawn"), out);

        Process missing = launcher("missing.html").start();
        String err = new String(missing.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(missing.waitFor(60, TimeUnit.SECONDS));
        assertEquals(ExitCodes.FAILED, missing.exitValue());
        assertEquals("pith: missing.html: no such file", err.strip(), "one line, once");

        Process usage = launcher("--no-such-option", "page.html").start();
        usage.getErrorStream().readAllBytes();
        assertTrue(usage.waitFor(60, TimeUnit.SECONDS));
        assertEquals(ExitCodes.USAGE, usage.exitValue());
    }

    /** Starts the launcher on 400 long pages into {@code out}; returns once 20 are written. */
    private Process batchUnderWay(Path out) throws Exception {
        Path in = InterruptedBatchTest.writeLongPages(dir.resolve("in"));
        Process p = launcher("-q", "-j", "1", "-o", out.toString(), in.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && InterruptedBatchTest.count(out, ".md") < 20 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return p;
    }

    @Test
    void theSecondJvmStopsWhenTheLauncherIsKilledOutright() throws Exception {
        Path out = dir.resolve("out");
        Process p = batchUnderWay(out);
        ProcessHandle child = p.toHandle().children().findFirst().orElseThrow();
        p.destroyForcibly();  // SIGKILL: the launcher's shutdown hook never runs
        assertTrue(child.onExit().get(30, TimeUnit.SECONDS) != null && !child.isAlive(), "the second JVM ran on");
        assertEquals(0, InterruptedBatchTest.count(out, ".tmp"), "temporary files left behind");
        assertTrue(InterruptedBatchTest.count(out, ".md") < 400, "the batch should have been stopped");
    }

    @Test
    void stoppingTheLauncherStopsThePagesInTheSecondJvmCleanly() throws Exception {
        Path out = dir.resolve("out");
        Process p = batchUnderWay(out);
        Optional<ProcessHandle> child = p.toHandle().children().findFirst();
        assertTrue(child.isPresent(), "pith should run in a second JVM");
        p.destroy();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher did not stop on SIGTERM");
        assertFalse(child.get().isAlive(), "the second JVM outlived the launcher");
        assertEquals(0, InterruptedBatchTest.count(out, ".tmp"), "temporary files left behind");
        assertTrue(InterruptedBatchTest.count(out, ".md") < 400, "the batch should have been stopped");
        try (Stream<Path> s = Files.list(out)) {
            for (Path f : s.toList()) {
                assertTrue(Files.readString(f).trim().endsWith("forty years, with a full deck."), "half-written " + f);
            }
        }
    }
}
