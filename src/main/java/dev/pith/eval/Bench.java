package dev.pith.eval;

import dev.pith.Options;
import dev.pith.Pith;
import dev.pith.PithException;
import dev.pith.input.Page;
import dev.pith.input.PageLoader;
import dev.pith.render.Json;
import org.jsoup.Jsoup;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A throughput benchmark over pages already in memory: jsoup's parse alone (the floor of any jsoup-based
 * extractor), then pith's full extraction and JSON rendering on one thread and on several. Each pass is
 * preceded by a warm-up pass so that the JIT has compiled the hot paths.
 *
 * <pre>{@code
 * Bench.Result r = new Bench(pages, 3).run(2);
 * r.ratio();   // extraction time / parse time
 * }</pre>
 */
public final class Bench {
    private final List<Page> pages;
    private final int rounds;

    /** One measured figure set. */
    public record Result(int pages, double parsePagesPerSecond, double extractPagesPerSecond,
                         double parallelPagesPerSecond, int jobs, double bytesPerPage,
                         double parseCpuMsPerPage, double extractCpuMsPerPage) {
        /** Extraction time over parse time on one thread. */
        public double ratio() {
            return parsePagesPerSecond / extractPagesPerSecond;
        }

        /**
         * Extraction over parse in the measuring thread's CPU time: on a shared machine, other tenants stretch the
         * wall time of one pass and not the next, while the thread's own CPU time moves much less. NaN when the
         * JVM cannot tell a thread's CPU time (both figures 0).
         */
        public double cpuRatio() {
            return extractCpuMsPerPage / parseCpuMsPerPage;
        }

        /** Parallel speed-up over one thread. */
        public double scaling() {
            return parallelPagesPerSecond / extractPagesPerSecond;
        }
    }

    public Bench(List<Page> pages, int rounds) {
        if (pages.isEmpty() || rounds < 1) {
            throw new IllegalArgumentException("need pages and at least one round");
        }
        this.pages = List.copyOf(pages);
        this.rounds = rounds;
    }

    /** Loads every page under {@code dirs}; unreadable pages are skipped. */
    public static List<Page> load(List<Path> files) {
        List<Page> out = new ArrayList<>();
        PageLoader loader = new PageLoader();
        for (Path f : files) {
            try {
                out.add(loader.load(f, f.toString()));
            } catch (PithException e) {
                // the benchmark measures pages that load
            }
        }
        return out;
    }

    /**
     * Reads and parses each file once, as pith reads them (charset detection included), on this thread; returns
     * how many loaded. Timed from a fresh JVM, this is the floor of pith's own run over the same files.
     */
    public static int parseOnce(List<Path> files) {
        PageLoader loader = new PageLoader();
        int n = 0;
        long sink = 0;
        for (Path f : files) {
            try {
                sink += Jsoup.parse(loader.load(f, f.toString()).content()).childNodeSize();
                n++;
            } catch (PithException e) {
                // as load(): the floor covers the pages that load
            }
        }
        blackhole(sink);
        return n;
    }

    /** Runs the benchmark with {@code jobs} threads for the parallel figure. */
    public Result run(int jobs) throws Exception {
        int n = pages.size() * rounds;
        timeParse();
        long cpu = cpuNanos();
        double parse = n / timeParse();
        double parseCpu = (cpuNanos() - cpu) / 1e6 / n;
        timeExtract();
        long before = allocated();
        cpu = cpuNanos();
        double seconds = timeExtract();
        double extractCpu = (cpuNanos() - cpu) / 1e6 / n;
        double bytes = (allocated() - before) / (double) n;
        double extract = n / seconds;
        timeParallel(jobs);
        double parallel = n / timeParallel(jobs);
        return new Result(pages.size(), parse, extract, parallel, jobs, bytes, parseCpu, extractCpu);
    }

    /** This thread's CPU time in nanoseconds, or 0 when the JVM cannot tell (the CPU figures are then 0). */
    private static long cpuNanos() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : 0;
    }

    private double timeParse() {
        long start = System.nanoTime();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (Page p : pages) {
                // Text dumps too: the floor covers the same inputs as the extraction it is compared with.
                sink += Jsoup.parse(p.content()).childNodeSize();
            }
        }
        blackhole(sink);
        return (System.nanoTime() - start) / 1e9;
    }

    private double timeExtract() {
        long start = System.nanoTime();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (Page p : pages) {
                sink += extractOne(p);
            }
        }
        blackhole(sink);
        return (System.nanoTime() - start) / 1e9;
    }

    private double timeParallel(int jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        AtomicLong sink = new AtomicLong();
        long start = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (Page p : pages) {
                    fs.add(pool.submit(() -> sink.addAndGet(extractOne(p))));
                }
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        blackhole(sink.get());
        return (System.nanoTime() - start) / 1e9;
    }

    private static long extractOne(Page p) {
        try {
            return Json.of(Pith.extract(p, Options.defaults()), false).length();
        } catch (PithException e) {
            return 0;
        }
    }

    private static long allocated() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (mx instanceof com.sun.management.ThreadMXBean sun) {
            return sun.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }

    private static volatile long blackholeField;

    private static void blackhole(long v) {
        blackholeField = v;
    }
}
