package dev.pith.eval;

import dev.pith.metadata.PageTypeModel;
import dev.pith.metadata.PageTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Fits a {@link PageTypeModel} to pages whose type is known: multinomial logistic regression with an L2
 * penalty, by full-batch gradient descent (Adam). Deterministic: the same samples give the same model.
 * {@link #crossValidate} tells how well the model does on pages it was not fitted to, which is the only
 * accuracy worth quoting for it.
 *
 * <pre>{@code
 * PageTypeModel m = PageTypeTrainer.fit(samples, 0.05, 1500);
 * List<PageTypes.Type> heldOut = PageTypeTrainer.crossValidate(samples, 10, 0.05, 1500);
 * }</pre>
 */
public final class PageTypeTrainer {
    private PageTypeTrainer() {
    }

    /** One page: its features, its known type, and how much it counts in the fit. */
    public record Sample(String id, Map<String, Double> features, PageTypes.Type type, double weight) {
        public Sample {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            features = Map.copyOf(features);
            if (!(weight > 0)) {
                throw new IllegalArgumentException("weight must be positive: " + weight);
            }
        }
    }

    /**
     * Fits a model; {@code lambda} is the L2 penalty on the (standardised) weights, which keeps any single
     * feature from deciding alone on a few hundred pages.
     */
    public static PageTypeModel fit(List<Sample> samples, double lambda, int iterations) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        if (lambda < 0 || iterations < 1) {
            throw new IllegalArgumentException("lambda must be >= 0 and iterations >= 1");
        }
        List<String> names = featureNames(samples);
        List<PageTypes.Type> types = new ArrayList<>(new TreeSet<>(samples.stream().map(Sample::type).toList()));
        int n = samples.size();
        int d = names.size();
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = samples.get(i).features().getOrDefault(names.get(j), Double.NaN);
            }
        }
        double[] mean = new double[d];
        double[] scale = new double[d];
        standardise(x, mean, scale);
        double[][] w = descend(x, samples, types, lambda, iterations);
        return new PageTypeModel(names, mean, scale, types, w);
    }

    /**
     * Predicts every sample with a model fitted on the other folds (sample i is in fold {@code i % folds}).
     */
    public static List<PageTypes.Type> crossValidate(List<Sample> samples, int folds, double lambda, int iterations) {
        if (folds < 2 || folds > samples.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the number of samples");
        }
        PageTypes.Type[] predicted = new PageTypes.Type[samples.size()];
        for (int f = 0; f < folds; f++) {
            List<Sample> train = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                if (i % folds != f) {
                    train.add(samples.get(i));
                }
            }
            PageTypeModel m = fit(train, lambda, iterations);
            for (int i = f; i < samples.size(); i += folds) {
                predicted[i] = m.decide(samples.get(i).features()).type();
            }
        }
        return List.of(predicted);
    }

    /** Every feature that takes two values or more across the samples, sorted by name. */
    private static List<String> featureNames(List<Sample> samples) {
        TreeSet<String> all = new TreeSet<>();
        samples.forEach(s -> all.addAll(s.features().keySet()));
        List<String> varying = new ArrayList<>();
        for (String name : all) {
            if (samples.stream().map(s -> s.features().get(name)).filter(Objects::nonNull).distinct().count() > 1) {
                varying.add(name);
            }
        }
        return varying;
    }

    /** Standardises each column over the samples that have it; a missing value (NaN) becomes the mean, 0. */
    private static void standardise(double[][] x, double[] mean, double[] scale) {
        for (int j = 0; j < mean.length; j++) {
            double sum = 0;
            int n = 0;
            for (double[] row : x) {
                if (!Double.isNaN(row[j])) {
                    sum += row[j];
                    n++;
                }
            }
            mean[j] = n == 0 ? 0 : sum / n;
            double var = 0;
            for (double[] row : x) {
                if (!Double.isNaN(row[j])) {
                    var += (row[j] - mean[j]) * (row[j] - mean[j]);
                }
            }
            scale[j] = Math.max(1e-6, Math.sqrt(var / Math.max(1, n)));
            for (double[] row : x) {
                row[j] = Double.isNaN(row[j]) ? 0 : PageTypeModel.clip((row[j] - mean[j]) / scale[j]);
            }
        }
    }

    /** Adam on the weighted cross-entropy plus {@code lambda/2 * |w|^2} (the biases are not penalised). */
    private static double[][] descend(double[][] x, List<Sample> samples, List<PageTypes.Type> types, double lambda,
                                      int iterations) {
        int n = x.length;
        int d = x[0].length;
        int k = types.size();
        double[][] w = new double[k][d + 1];
        double[][] m1 = new double[k][d + 1];
        double[][] m2 = new double[k][d + 1];
        double total = samples.stream().mapToDouble(Sample::weight).sum();
        double rate = 0.05;
        double b1 = 0.9;
        double b2 = 0.999;
        double[] p = new double[k];
        for (int it = 1; it <= iterations; it++) {
            double[][] g = new double[k][d + 1];
            for (int i = 0; i < n; i++) {
                softmax(w, x[i], p);
                double weight = samples.get(i).weight() / total;
                int truth = types.indexOf(samples.get(i).type());
                for (int t = 0; t < k; t++) {
                    double err = (p[t] - (t == truth ? 1 : 0)) * weight;
                    g[t][0] += err;
                    for (int j = 0; j < d; j++) {
                        g[t][1 + j] += err * x[i][j];
                    }
                }
            }
            for (int t = 0; t < k; t++) {
                for (int j = 0; j <= d; j++) {
                    double grad = g[t][j] + (j == 0 ? 0 : lambda * w[t][j]);
                    m1[t][j] = b1 * m1[t][j] + (1 - b1) * grad;
                    m2[t][j] = b2 * m2[t][j] + (1 - b2) * grad * grad;
                    double mh = m1[t][j] / (1 - Math.pow(b1, it));
                    double vh = m2[t][j] / (1 - Math.pow(b2, it));
                    w[t][j] -= rate * mh / (Math.sqrt(vh) + 1e-8);
                }
            }
        }
        return w;
    }

    private static void softmax(double[][] w, double[] x, double[] p) {
        for (int t = 0; t < w.length; t++) {
            double s = w[t][0];
            for (int j = 0; j < x.length; j++) {
                s += w[t][1 + j] * x[j];
            }
            p[t] = s;
        }
        PageTypeModel.softmax(p);
    }
}
