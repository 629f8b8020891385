package dev.pith.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress bar on stderr (pages done/total, pages/s, ETA, failures), redrawn at most ten
 * times a second, and the one-line summary at the end.
 */
final class Progress {
    private final PrintStream err;
    private final boolean live;
    private final int total;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int done;
    private int failed;

    Progress(PrintStream err, boolean live, int total) {
        this.err = err;
        this.live = live;
        this.total = total;
    }

    /** True when stderr is a terminal (Linux: /proc/self/fd/2 points at a tty). */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }

    void step(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        long now = System.nanoTime();
        if (live && (now - lastDraw > 100_000_000L || done == total)) {
            lastDraw = now;
            draw(now);
        }
    }

    int failed() {
        return failed;
    }

    private void draw(long now) {
        double seconds = (now - start) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        int width = 24;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        String bar = "#".repeat(filled) + ".".repeat(width - filled);
        err.printf(Locale.ROOT, "\r[%s] %,d/%,d pages  %.1f pages/s  ETA %s  %d failed ", bar, done, total, rate,
                duration(eta), failed);
        err.flush();
    }

    /** Ends the bar's line and prints the summary, e.g. {@code 1,204 pages, 3 failed, 12.3 s}. */
    void finish(boolean summary) {
        if (live) {
            err.print("\r\033[K");
        }
        if (summary) {
            err.printf(Locale.ROOT, "%,d pages, %,d failed, %.1f s%n", done, failed, (System.nanoTime() - start) / 1e9);
        }
        err.flush();
    }

    private static String duration(long s) {
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
