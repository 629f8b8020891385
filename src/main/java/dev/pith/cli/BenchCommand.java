package dev.pith.cli;

import dev.pith.eval.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code pith bench DIR...}: pages/s of parse alone, extraction on one thread and on all cores. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput on the pages under the given folders (read into memory first).",
            "Prints jsoup parse-only pages/s (the floor), pith pages/s on 1 thread and on N, their ratio,",
            "the parallel scaling and the bytes allocated per page."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders (or files) of pages.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-r", "--rounds"}, paramLabel = "N", description = "Passes over the pages per measurement (default: 3).")
    int rounds = 3;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Threads for the parallel figure (default: cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = new ArrayList<>();
        for (Inputs.Input in : Inputs.expand(inputs, problem -> out.println("pith: " + problem))) {
            if (!in.isStdin()) {
                files.add(in.path());
            }
        }
        Bench.Result r = new Bench(Bench.load(files), rounds).run(jobs);
        out.printf(Locale.ROOT, "%d pages x %d rounds%n", r.pages(), rounds);
        out.printf(Locale.ROOT, "parse only (jsoup)   %8.1f pages/s%n", r.parsePagesPerSecond());
        out.printf(Locale.ROOT, "pith, 1 thread       %8.1f pages/s   (%.2fx parse time)%n", r.extractPagesPerSecond(), r.ratio());
        out.printf(Locale.ROOT, "pith, %d threads      %8.1f pages/s   (%.2fx of 1 thread)%n", r.jobs(),
                r.parallelPagesPerSecond(), r.scaling());
        out.printf(Locale.ROOT, "allocated per page   %8.1f KiB%n", r.bytesPerPage() / 1024);
        out.flush();
        return ExitCodes.OK;
    }
}
