package dev.pith.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark metrics, computed exactly as {@code shared/tools/score.py} computes them.
 *
 * <ul>
 *   <li>shingles — the Scrapinghub benchmark: tokens = {@code \w+} (case kept), 4-token shingles with
 *       repeats, per-page tp/fp/fn normalised by their sum; precision averaged over pages whose prediction
 *       has shingles, recall over pages whose truth has shingles, F1 of the two means;</li>
 *   <li>tokens — bag-of-words F1 per page over case-folded tokens, then the mean.</li>
 * </ul>
 *
 * <pre>{@code
 * Scores.Doc d = Scores.shingles(truthText, predictedText);
 * Scores.Summary s = Scores.summarize(List.of(d, ...));
 * }</pre>
 */
public final class Scores {
    private Scores() {
    }

    /** Python's {@code \w} on str: letters, numbers and underscore. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** Per-page result: normalised tp/fp/fn, whether the token lists are identical, and P/R/F1. */
    public record Doc(double tp, double fp, double fn, boolean exact, double p, double r, double f1) {
    }

    /** Benchmark averages over pages. */
    public record Summary(double precision, double recall, double f1, double accuracy) {
    }

    /** Unicode word tokens of {@code text}, case kept. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The Scrapinghub shingle score of one page. */
    public static Doc shingles(String truth, String pred) {
        List<String> tt = tokens(truth);
        List<String> pt = tokens(pred);
        long[] c = counts(shingleCounts(tt), shingleCounts(pt));
        double s = c[0] + c[1] + c[2];
        double tp = c[0];
        double fp = c[1];
        double fn = c[2];
        if (s > 0) {
            tp /= s;
            fp /= s;
            fn /= s;
        }
        double[] prf = prf(tp, fp, fn);
        return new Doc(tp, fp, fn, tt.equals(pt), prf[0], prf[1], prf[2]);
    }

    /** Bag-of-words score of one page over case-folded tokens. */
    public static Doc tokenF1(String truth, String pred) {
        long[] c = counts(folded(truth), folded(pred));
        double[] prf = prf(c[0], c[1], c[2]);
        return new Doc(c[0], c[1], c[2], false, prf[0], prf[1], prf[2]);
    }

    /** The benchmark's averaging of shingle scores. */
    public static Summary summarize(List<Doc> docs) {
        double ps = 0;
        int np = 0;
        double rs = 0;
        int nr = 0;
        int exact = 0;
        for (Doc d : docs) {
            if (d.tp() + d.fp() > 0) {
                ps += shPrecision(d);
                np++;
            }
            if (d.tp() + d.fn() > 0) {
                rs += shRecall(d);
                nr++;
            }
            if (d.exact()) {
                exact++;
            }
        }
        double p = np == 0 ? Double.NaN : ps / np;
        double r = nr == 0 ? Double.NaN : rs / nr;
        double f;
        if (Double.isNaN(p) || Double.isNaN(r) || p + r == 0) {
            f = Double.isNaN(p) && Double.isNaN(r) ? Double.NaN : 0.0;
        } else {
            f = 2 * p * r / (p + r);
        }
        return new Summary(p, r, f, docs.isEmpty() ? Double.NaN : (double) exact / docs.size());
    }

    /** The mean of per-page F1. */
    public static double meanF1(List<Doc> docs) {
        return docs.stream().mapToDouble(Doc::f1).average().orElse(Double.NaN);
    }

    private static double shPrecision(Doc d) {
        if (d.fp() == 0 && d.fn() == 0) {
            return 1.0;
        }
        if (d.tp() == 0 && d.fp() == 0) {
            return 0.0;
        }
        return d.tp() / (d.tp() + d.fp());
    }

    private static double shRecall(Doc d) {
        if (d.fp() == 0 && d.fn() == 0) {
            return 1.0;
        }
        if (d.tp() == 0 && d.fn() == 0) {
            return 0.0;
        }
        return d.tp() / (d.tp() + d.fn());
    }

    private static double[] prf(double tp, double fp, double fn) {
        double p = tp + fp > 0 ? tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
        double r = tp + fn > 0 ? tp / (tp + fn) : (fp == 0 ? 1.0 : 0.0);
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new double[] {p, r, f};
    }

    private static Map<List<String>, Integer> shingleCounts(List<String> tokens) {
        Map<List<String>, Integer> m = new HashMap<>();
        if (tokens.isEmpty()) {
            return m;
        }
        if (tokens.size() < 4) {
            m.put(tokens, 1);
            return m;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            m.merge(tokens.subList(i, i + 4), 1, Integer::sum);
        }
        return m;
    }

    private static Map<String, Integer> folded(String text) {
        Map<String, Integer> m = new HashMap<>();
        for (String t : tokens(text)) {
            m.merge(t.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return m;
    }

    private static <K> long[] counts(Map<K, Integer> truth, Map<K, Integer> pred) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        Set<K> keys = new HashSet<>(truth.keySet());
        keys.addAll(pred.keySet());
        for (K k : keys) {
            int t = truth.getOrDefault(k, 0);
            int p = pred.getOrDefault(k, 0);
            tp += Math.min(t, p);
            if (p > t) {
                fp += p - t;
            } else {
                fn += t - p;
            }
        }
        return new long[] {tp, fp, fn};
    }
}
