package dev.pith.cli;

import dev.pith.eval.Bench;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code pith bench DIR...}: pages/s of parse alone, extraction on one thread and on all cores. */
final class BenchCommand {
    static final String USAGE = "pith bench [OPTIONS] DIR...";
    static final List<String> DESCRIPTION = List.of(
            "Measure throughput on the pages under the given folders (or files), read into memory first.",
            "Prints jsoup parse-only pages/s (the floor), pith pages/s on 1 thread and on N, their ratio,",
            "the parallel scaling and the bytes allocated per page.");

    static Options options() {
        return Args.withHelp(new Options()
                .addOption(Args.value("r", "rounds", "N", "Passes over the pages per measurement (default: 3)."))
                .addOption(Args.value("j", "jobs", "N", "Threads for the parallel figure (default: cores)."))
                .addOption(Args.flag(null, "parse-only", "Parse each page once with jsoup and stop: with 'time', the"
                        + " floor of a fresh JVM's run over the same pages."))
                .addOption(Args.flag(null, "fresh", "Time whole runs as a user starts them, each in a new JVM: the"
                        + " parse alone (in a plain JVM, and in one with the options pith's launcher uses: the floor),"
                        + " pith on -j jobs and on one job, in turn for --rounds rounds (medians).")));
    }

    private final List<String> inputs;
    private final int rounds;
    private final int jobs;
    private final boolean parseOnly;
    private final boolean fresh;

    BenchCommand(CommandLine cl) {
        inputs = cl.getArgList();
        rounds = Args.intValue(cl, "rounds", 3);
        jobs = Args.intValue(cl, "jobs", Runtime.getRuntime().availableProcessors());
        parseOnly = cl.hasOption("parse-only");
        fresh = cl.hasOption("fresh");
        if (inputs.isEmpty()) {
            throw new Args.UsageException("bench needs at least one folder of pages");
        }
        if (rounds < 1 || jobs < 1) {
            throw new Args.UsageException("--rounds and --jobs must be at least 1");
        }
    }

    int call(PrintStream out) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Inputs.Input in : Inputs.expand(inputs, problem -> out.println("pith: " + problem))) {
            if (!in.isStdin()) {
                files.add(in.path());
            }
        }
        if (parseOnly) {
            long start = System.nanoTime();
            int pages = Bench.parseOnce(files);
            out.printf(Locale.ROOT, "%d pages read and parsed in %.2f s%n", pages, (System.nanoTime() - start) / 1e9);
            out.flush();
            return ExitCodes.OK;
        }
        if (fresh) {
            List<FreshRuns.Timing> t = FreshRuns.time(inputs, rounds, jobs);
            out.printf(Locale.ROOT, "%d pages, a new JVM for each run, %d rounds (median wall time)%n", files.size(),
                    rounds);
            double floor = t.get(1).median();
            for (FreshRuns.Timing timing : t) {
                double s = timing.median();
                out.printf(Locale.ROOT, "%-24s %7.2f s %7.1f pages/s%s%n", timing.label(), s, files.size() / s,
                        timing.label().startsWith("pith") ? String.format(Locale.ROOT, "   (%.2fx parse time)", s / floor) : "");
            }
            out.flush();
            return ExitCodes.OK;
        }
        Bench.Result r = new Bench(Bench.load(files), rounds).run(jobs);
        out.printf(Locale.ROOT, "%d pages x %d rounds%n", r.pages(), rounds);
        out.printf(Locale.ROOT, "parse only (jsoup)   %8.1f pages/s%n", r.parsePagesPerSecond());
        out.printf(Locale.ROOT, "pith, 1 thread       %8.1f pages/s   (%.2fx parse time)%n", r.extractPagesPerSecond(), r.ratio());
        out.printf(Locale.ROOT, "pith, %d threads      %8.1f pages/s   (%.2fx of 1 thread)%n", r.jobs(),
                r.parallelPagesPerSecond(), r.scaling());
        out.printf(Locale.ROOT, "allocated per page   %8.1f KiB%n", r.bytesPerPage() / 1024);
        if (r.parseCpuMsPerPage() > 0 && r.extractCpuMsPerPage() > 0) {
            out.printf(Locale.ROOT, "CPU per page         %8.2f ms parse, %.2f ms pith on 1 thread (%.2fx)%n",
                    r.parseCpuMsPerPage(), r.extractCpuMsPerPage(), r.cpuRatio());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
