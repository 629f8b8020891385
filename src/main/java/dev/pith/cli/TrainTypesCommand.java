package dev.pith.cli;

import dev.pith.Article;
import dev.pith.Options;
import dev.pith.Pith;
import dev.pith.PithException;
import dev.pith.eval.Dataset;
import dev.pith.eval.PageTypeTrainer;
import dev.pith.input.PageLoader;
import dev.pith.metadata.PageTypeModel;
import dev.pith.metadata.PageTypes;
import org.apache.commons.cli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code pith train-types DATASET...}: fits the page-type model to datasets whose truth gives each page's
 * type, prints its cross-validated accuracy and, with {@code -o}, writes the model. For maintainers.
 */
final class TrainTypesCommand {
    static final String USAGE = "pith train-types [OPTIONS] DATASET...";
    static final List<String> DESCRIPTION = List.of(
            "Fit the page-type model to datasets whose truth.jsonl has page_type (for maintainers).",
            "Prints the cross-validated accuracy and confusion; -o writes the model as TSV.");

    static org.apache.commons.cli.Options options() {
        return Args.withHelp(new org.apache.commons.cli.Options()
                .addOption(Args.value(null, "articles", "DATASET", "Dataset folders whose pages are all articles"
                        + " (news benchmarks), weighted by --article-weight; repeatable."))
                .addOption(Args.value(null, "article-weight", "W", "Weight of each --articles page (default 0.15)."))
                .addOption(Args.value(null, "lambda", "L", "L2 penalty (default 0.05)."))
                .addOption(Args.value(null, "iterations", "N", "Gradient steps (default 1500)."))
                .addOption(Args.value(null, "folds", "K", "Cross-validation folds (default 10)."))
                .addOption(Args.value(null, "per-page", "FILE.csv", "Write each page's cross-validated prediction."))
                .addOption(Args.value("o", "output", "FILE.tsv", "Where to write the fitted model.")));
    }

    private final List<Path> datasets = new ArrayList<>();
    private final List<Path> articles = new ArrayList<>();
    private final double articleWeight;
    private final double lambda;
    private final int iterations;
    private final int folds;
    private final Path perPage;
    private final Path output;

    TrainTypesCommand(CommandLine cl) {
        for (String d : cl.getArgList()) {
            datasets.add(Args.path(d, "DATASET"));
        }
        if (datasets.isEmpty()) {
            throw new Args.UsageException("train-types needs at least one dataset folder");
        }
        for (String d : Args.listValue(cl, "articles")) {
            articles.add(Args.path(d, "--articles"));
        }
        articleWeight = Args.doubleValue(cl, "article-weight", 0.15);
        lambda = Args.doubleValue(cl, "lambda", 0.05);
        iterations = Args.intValue(cl, "iterations", 1500);
        folds = Args.intValue(cl, "folds", 10);
        perPage = Args.pathValue(cl, "per-page");
        output = Args.pathValue(cl, "output");
    }

    int call(PrintStream out) throws IOException {
        List<PageTypeTrainer.Sample> samples = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        for (Path dir : datasets) {
            load(Dataset.load(dir), null, 1.0, samples, sets);
        }
        for (Path dir : articles) {
            load(Dataset.load(dir), PageTypes.Type.ARTICLE, articleWeight, samples, sets);
        }
        List<PageTypes.Type> predicted = PageTypeTrainer.crossValidate(samples, folds, lambda, iterations);
        report(out, samples, sets, predicted);
        if (perPage != null) {
            StringBuilder csv = new StringBuilder("page,truth,predicted\n");
            for (int i = 0; i < samples.size(); i++) {
                csv.append(samples.get(i).id()).append(',').append(samples.get(i).type().label()).append(',')
                        .append(predicted.get(i).label()).append('\n');
            }
            AtomicFiles.write(perPage, csv.toString());
        }
        if (output != null) {
            PageTypeModel m = PageTypeTrainer.fit(samples, lambda, iterations);
            String how = String.format(Locale.ROOT, "Fitted by `pith train-types` on %d pages (%s), lambda %s,"
                    + " %d iterations.%nRegenerate with the same command; see README, Page types.", samples.size(),
                    String.join(", ", new java.util.TreeSet<>(sets)), lambda, iterations);
            AtomicFiles.write(output, m.toTsv(how));
            out.println("model written to " + output);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void load(Dataset d, PageTypes.Type forced, double weight, List<PageTypeTrainer.Sample> samples,
                      List<String> sets) {
        Options options = Options.defaults();
        List<PageTypeTrainer.Sample> found = d.entries().parallelStream().map(e -> {
            PageTypes.Type type = forced != null ? forced
                    : e.pageType() == null ? null : PageTypes.Type.valueOf(e.pageType().toUpperCase(Locale.ROOT));
            if (type == null) {
                return null;
            }
            try {
                Article a = Pith.extract(new PageLoader(options.maxBytes()).load(e.page(), e.page().toString()), options);
                if (a.fields().typeFeatures().isEmpty()) {
                    return null;
                }
                return new PageTypeTrainer.Sample(d.name() + "/" + e.id(), a.fields().typeFeatures(), type, weight);
            } catch (PithException ex) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList();
        samples.addAll(found);
        found.forEach(s -> sets.add(d.name()));
    }

    private static void report(PrintStream out, List<PageTypeTrainer.Sample> samples, List<String> sets,
                               List<PageTypes.Type> predicted) {
        java.util.Map<String, int[]> bySet = new java.util.TreeMap<>();
        int[][] confusion = new int[PageTypes.Type.values().length][PageTypes.Type.values().length];
        for (int i = 0; i < samples.size(); i++) {
            boolean right = samples.get(i).type() == predicted.get(i);
            int[] c = bySet.computeIfAbsent(sets.get(i), k -> new int[2]);
            c[0] += right ? 1 : 0;
            c[1]++;
            confusion[samples.get(i).type().ordinal()][predicted.get(i).ordinal()]++;
        }
        bySet.forEach((k, c) -> out.printf(Locale.ROOT, "%s: cross-validated page type %.1f%% of %d%n", k,
                100.0 * c[0] / c[1], c[1]));
        StringBuilder sb = new StringBuilder("truth \\ predicted");
        for (PageTypes.Type t : PageTypes.Type.values()) {
            sb.append(String.format(Locale.ROOT, "%6.5s", t.label()));
        }
        out.println(sb);
        for (PageTypes.Type t : PageTypes.Type.values()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-17s", t.label()));
            for (int c : confusion[t.ordinal()]) {
                row.append(String.format(Locale.ROOT, "%6d", c));
            }
            out.println(row);
        }
    }
}
