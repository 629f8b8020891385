package dev.pith.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Decides a page's type from its {@link TypeFeatures} with a linear model (multinomial logistic regression):
 * each type's score is a weighted sum of the standardised features, and the probabilities are the softmax of
 * the scores. The weights are data, in {@code page-type-model.tsv} beside this class, one row per feature, so
 * that anyone can read which evidence counts for which type; {@code pith train-types} fits them again.
 *
 * <pre>{@code
 * PageTypeModel.Decision d = PageTypeModel.standard().decide(features);
 * d.type();          // LISTING
 * d.probability();   // 0.81
 * d.reasons();       // [content.linkedItems +1.4, content.proseShare +0.9, url.list +0.6]
 * }</pre>
 */
public final class PageTypeModel {
    private static final String RESOURCE = "page-type-model.tsv";
    /**
     * Standardised features are clipped to this many standard deviations, so that a page far outside what the
     * model was fitted on (a 20-element test page, a 50,000-element archive) is judged by its other evidence
     * rather than by one extreme count.
     */
    public static final double CLIP = 3.0;
    private static volatile PageTypeModel standard;

    private final List<String> features;
    private final double[] mean;
    private final double[] scale;
    private final List<PageTypes.Type> types;
    /** weights[type][0] is the bias, weights[type][1 + i] the weight of feature i. */
    private final double[][] weights;

    /** The model's decision, its probability, and the features that pushed hardest toward it. */
    public record Decision(PageTypes.Type type, double probability, List<String> reasons) {
        public Decision {
            Objects.requireNonNull(type, "type");
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * A model over {@code features}; {@code weights[t]} holds the bias and then one weight per feature for
     * {@code types.get(t)}, applied to {@code (x - mean) / scale}.
     */
    public PageTypeModel(List<String> features, double[] mean, double[] scale, List<PageTypes.Type> types,
                         double[][] weights) {
        this.features = List.copyOf(features);
        this.types = List.copyOf(types);
        if (mean.length != features.size() || scale.length != features.size() || weights.length != types.size()) {
            throw new IllegalArgumentException("model dimensions disagree");
        }
        for (double[] w : weights) {
            if (w.length != features.size() + 1) {
                throw new IllegalArgumentException("model dimensions disagree");
            }
        }
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weights = new double[weights.length][];
        for (int t = 0; t < weights.length; t++) {
            this.weights[t] = weights[t].clone();
        }
    }

    /** The model shipped with pith. */
    public static PageTypeModel standard() {
        PageTypeModel m = standard;
        if (m == null) {
            try (InputStream in = PageTypeModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                m = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = m;
        }
        return m;
    }

    /** The feature names the model reads, in its order. */
    public List<String> features() {
        return features;
    }

    /**
     * Probabilities of every type for these features. A feature missing from {@code f} is unknown (the URL's,
     * when the page does not say where it came from) and counts as the average page's.
     */
    public double[] probabilities(Map<String, Double> f) {
        double[] x = standardise(f);
        double[] p = new double[types.size()];
        for (int t = 0; t < p.length; t++) {
            p[t] = score(t, x);
        }
        softmax(p);
        return p;
    }

    /** The most probable type, with the three features that added most to its score. */
    public Decision decide(Map<String, Double> f) {
        return decide(f, null, 0);
    }

    /**
     * As {@link #decide(Map)}, but when the most probable type is {@code doubted} and another type comes within
     * {@code margin} of it, that other type: what the caller knows beyond the features breaks the tie.
     */
    public Decision decide(Map<String, Double> f, PageTypes.Type doubted, double margin) {
        double[] p = probabilities(f);
        int best = 0;
        for (int t = 1; t < p.length; t++) {
            if (p[t] > p[best]) {
                best = t;
            }
        }
        if (doubted != null && types.get(best) == doubted) {
            int second = -1;
            for (int t = 0; t < p.length; t++) {
                if (t != best && (second < 0 || p[t] > p[second])) {
                    second = t;
                }
            }
            if (second >= 0 && p[best] - p[second] <= margin) {
                best = second;
            }
        }
        double[] x = standardise(f);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            order.add(i);
        }
        int b = best;
        order.sort(Comparator.comparingDouble(i -> -weights[b][1 + i] * x[i]));
        List<String> reasons = new ArrayList<>();
        for (int i : order.subList(0, Math.min(3, order.size()))) {
            double c = weights[b][1 + i] * x[i];
            if (c > 0) {
                reasons.add(String.format(Locale.ROOT, "%s %+.1f", features.get(i), c));
            }
        }
        return new Decision(types.get(best), p[best], reasons);
    }

    private double score(int t, double[] x) {
        double s = weights[t][0];
        for (int i = 0; i < x.length; i++) {
            s += weights[t][1 + i] * x[i];
        }
        return s;
    }

    private double[] standardise(Map<String, Double> f) {
        double[] x = new double[features.size()];
        for (int i = 0; i < x.length; i++) {
            Double v = f.get(features.get(i));
            x[i] = v == null ? 0.0 : clip((v - mean[i]) / scale[i]);
        }
        return x;
    }

    /** Turns scores into probabilities in place: {@code exp(s) / sum(exp)}, computed without overflow. */
    public static void softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int t = 0; t < scores.length; t++) {
            scores[t] = Math.exp(scores[t] - max);
            sum += scores[t];
        }
        for (int t = 0; t < scores.length; t++) {
            scores[t] /= sum;
        }
    }

    /** {@code z} limited to plus or minus {@link #CLIP}. */
    public static double clip(double z) {
        return Math.max(-CLIP, Math.min(CLIP, z));
    }

    /** The model as the TSV that {@link #parse} reads: a header, then one row per feature after the bias. */
    public String toTsv(String comment) {
        StringBuilder sb = new StringBuilder();
        for (String line : comment.split("\n")) {
            sb.append("# ").append(line).append('\n');
        }
        sb.append("feature\tmean\tscale");
        types.forEach(t -> sb.append('\t').append(t.label()));
        sb.append('\n');
        row(sb, "(bias)", 0, 1, -1);
        for (int i = 0; i < features.size(); i++) {
            row(sb, features.get(i), mean[i], scale[i], i);
        }
        return sb.toString();
    }

    private void row(StringBuilder sb, String name, double m, double s, int i) {
        sb.append(name).append('\t').append(num(m)).append('\t').append(num(s));
        for (double[] w : weights) {
            sb.append('\t').append(num(w[1 + i]));
        }
        sb.append('\n');
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.5f", d);
    }

    /** Reads a model written by {@link #toTsv}; lines starting with {@code #} are comments. */
    public static PageTypeModel parse(String tsv) {
        List<String> names = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<PageTypes.Type> types = null;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(tsv))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (types == null) {
                    types = new ArrayList<>();
                    for (int c = 3; c < cells.length; c++) {
                        types.add(PageTypes.Type.valueOf(cells[c].toUpperCase(Locale.ROOT)));
                    }
                    continue;
                }
                if (cells.length != 3 + types.size()) {
                    throw new IllegalArgumentException("page type model: bad row: " + line);
                }
                names.add(cells[0]);
                double[] row = new double[cells.length - 1];
                for (int c = 1; c < cells.length; c++) {
                    row[c - 1] = Double.parseDouble(cells[c]);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (types == null || rows.isEmpty() || !names.get(0).equals("(bias)")) {
            throw new IllegalArgumentException("page type model: no header or no bias row");
        }
        int n = rows.size() - 1;
        double[] mean = new double[n];
        double[] scale = new double[n];
        double[][] w = new double[types.size()][n + 1];
        for (int i = 0; i <= n; i++) {
            double[] row = rows.get(i);
            if (i > 0) {
                mean[i - 1] = row[0];
                scale[i - 1] = row[1];
            }
            for (int t = 0; t < types.size(); t++) {
                w[t][i] = row[2 + t];
            }
        }
        return new PageTypeModel(names.subList(1, names.size()), mean, scale, types, w);
    }
}
