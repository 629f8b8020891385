package dev.pith.eval;

import dev.pith.Article;
import dev.pith.Options;
import dev.pith.Pith;
import dev.pith.PithException;
import dev.pith.input.PageLoader;
import dev.pith.render.PlainText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extracts every page of a {@link Dataset} and scores the body text against the truth.
 *
 * <pre>{@code
 * Evaluator.Report r = new Evaluator(Options.defaults(), 2).run(Dataset.load(dir));
 * r.shingles().f1();
 * }</pre>
 */
public final class Evaluator {
    private final Options options;
    private final int jobs;

    public Evaluator(Options options, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        this.options = options;
        this.jobs = jobs;
    }

    /** The score of one page. {@code error} is null when extraction worked. */
    public record Page(String id, String pageType, String predicted, Scores.Doc shingle, Scores.Doc token,
                       String error) {
    }

    /** All pages of one dataset with the averages. */
    public record Report(String dataset, List<Page> pages, Scores.Summary shingles, double tokenF1,
                         Map<String, double[]> tokenF1ByType, Map<String, int[]> fieldMatches, double seconds) {
        /** Pages per second over the whole run. */
        public double pagesPerSecond() {
            return pages.size() / Math.max(seconds, 1e-9);
        }
    }

    /** Runs the dataset; extraction failures count as empty predictions. */
    public Report run(Dataset dataset) {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<Future<Page>> futures = new ArrayList<>();
        FieldScores fields = new FieldScores();
        for (Dataset.Entry e : dataset.entries()) {
            futures.add(pool.submit(() -> score(e, fields)));
        }
        List<Page> pages = new ArrayList<>();
        try {
            for (Future<Page> f : futures) {
                pages.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Scores.Doc> sh = pages.stream().map(Page::shingle).toList();
        List<Scores.Doc> tk = pages.stream().map(Page::token).toList();
        Map<String, double[]> byType = new TreeMap<>();
        for (Page p : pages) {
            if (p.pageType() != null) {
                double[] acc = byType.computeIfAbsent(p.pageType(), k -> new double[2]);
                acc[0] += p.token().f1();
                acc[1]++;
            }
        }
        return new Report(dataset.name(), pages, Scores.summarize(sh), Scores.meanF1(tk), byType, fields.counts(),
                seconds);
    }

    private Page score(Dataset.Entry e, FieldScores fields) {
        String predicted = "";
        String error = null;
        Article a = null;
        try {
            a = Pith.extract(new PageLoader(options.maxBytes()).load(e.page(), e.page().toString()), options);
            predicted = PlainText.of(a);
        } catch (PithException ex) {
            error = ex.getMessage();
        } catch (RuntimeException | StackOverflowError ex) {
            error = "internal error: " + ex;
        }
        fields.add(e.fields(), a);
        fields.addPageType(e.pageType(), a);
        return new Page(e.id(), e.pageType(), predicted, Scores.shingles(e.truth(), predicted),
                Scores.tokenF1(e.truth(), predicted), error);
    }
}
