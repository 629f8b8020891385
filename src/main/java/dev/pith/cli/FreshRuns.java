package dev.pith.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code pith bench --fresh}: whole runs timed as a user starts them, each in a new JVM: jsoup's parse alone in
 * a plain JVM and in one started with the options pith's launcher gives its own (the floor), pith on all jobs
 * and pith on one job, in turn, round after round, so that a busy machine slows all four alike. The median of
 * each is reported.
 *
 * <pre>{@code
 * List<FreshRuns.Timing> t = FreshRuns.time(List.of("pages/"), 3, 2);
 * t.get(2).median() / t.get(1).median()   // pith's run over the parse alone in the same kind of JVM
 * }</pre>
 */
final class FreshRuns {
    private FreshRuns() {
    }

    /** The wall times of one kind of run, in seconds, one per round. */
    record Timing(String label, double[] seconds) {
        double median() {
            double[] s = seconds.clone();
            Arrays.sort(s);
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }
    }

    /** Times {@code rounds} rounds of the four runs over {@code inputs}; {@code jobs} for the parallel one. */
    static List<Timing> time(List<String> inputs, int rounds, int jobs) throws IOException, InterruptedException {
        Path binary = Launcher.javaBinary();
        if (binary == null) {
            throw new IOException("no java executable in " + System.getProperty("java.home"));
        }
        String java = binary.toString();
        String classPath = System.getProperty("java.class.path");
        List<List<String>> commands = new ArrayList<>();
        List<String> parse = List.of("-cp", classPath, Main.class.getName(), "bench", "--parse-only");
        commands.add(command(List.of(java), parse, inputs));
        List<String> tuned = new ArrayList<>(List.of(java));
        tuned.addAll(Launcher.tunedOptions(classPath, Launcher.isShortRun(inputs.toArray(new String[0]))));
        commands.add(command(tuned, parse, inputs));
        Path out = Files.createTempDirectory("pith-bench-");
        for (int j : new int[] {jobs, 1}) {
            commands.add(command(List.of(java), List.of("-cp", classPath, Launcher.class.getName(), "-q", "-f", "json",
                    "-j", String.valueOf(j), "-o", out.toString()), inputs));
        }
        double[][] seconds = new double[commands.size()][rounds];
        try {
            for (int r = 0; r < rounds; r++) {
                for (int c = 0; c < commands.size(); c++) {
                    deleteUnder(out);
                    seconds[c][r] = run(commands.get(c));
                }
            }
        } finally {
            deleteUnder(out);
            Files.deleteIfExists(out);
        }
        return List.of(new Timing("parse only, plain JVM", seconds[0]),
                new Timing("parse only, pith's JVM", seconds[1]),
                new Timing("pith, " + jobs + (jobs == 1 ? " job" : " jobs"), seconds[2]),
                new Timing("pith, 1 job", seconds[3]));
    }

    private static List<String> command(List<String> jvm, List<String> head, List<String> inputs) {
        List<String> cmd = new ArrayList<>(jvm);
        cmd.addAll(head);
        cmd.add("--");
        cmd.addAll(inputs);
        return cmd;
    }

    /** Runs one command to its end; its wall time in seconds. Exit 1 (some inputs failed) is a finished run. */
    private static double run(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != ExitCodes.OK && code != ExitCodes.FAILED) {
            throw new IOException("a timed run failed with exit code " + code + ": " + String.join(" ", command));
        }
        return seconds;
    }

    private static void deleteUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }
}
