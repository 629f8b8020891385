package dev.pith.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.Options;
import dev.pith.extract.Focus;
import dev.pith.eval.Dataset;
import dev.pith.eval.Evaluator;
import org.apache.commons.cli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code pith eval DATASET...}: extracts every page of each dataset and prints the benchmark scores. */
final class EvalCommand {
    static final String USAGE = "pith eval [OPTIONS] DATASET...";
    static final List<String> DESCRIPTION = List.of(
            "Score pith against datasets laid out as DIR/pages/<id>.html and DIR/truth.jsonl.",
            "Prints the Scrapinghub shingle score, the mean bag-of-words F1, the worst pages and pages/s.");

    static org.apache.commons.cli.Options options() {
        return Args.withHelp(new org.apache.commons.cli.Options()
                .addOption(Args.value(null, "per-page", "FILE.csv", "Write every page's scores to a CSV file."))
                .addOption(Args.value(null, "predictions", "FILE.jsonl", "Write the {\"id\",\"text\"} lines that"
                        + " were scored (one file per dataset: FILE, or FILE with the dataset's name before .jsonl"
                        + " when there are several)."))
                .addOption(Args.value("j", "jobs", "N", "Pages extracted in parallel (default: cores)."))
                .addOption(Args.value(null, "focus", "WHAT", "precision, balanced (default) or recall."))
                .addOption(Args.value(null, "disable-rule", "ID[,ID...]", "Score without this rule (or a whole"
                        + " concern): what it costs or brings on these pages. Repeatable."))
                .addOption(Args.value(null, "worst", "N", "How many of the worst pages to list (default: 10).")));
    }

    private final List<Path> datasets = new ArrayList<>();
    private final Path perPage;
    private final Path predictions;
    private final int jobs;
    private final int worst;
    private final Options options;

    EvalCommand(CommandLine cl) {
        for (String d : cl.getArgList()) {
            datasets.add(Args.path(d, "DATASET"));
        }
        if (datasets.isEmpty()) {
            throw new Args.UsageException("eval needs at least one dataset folder");
        }
        perPage = Args.pathValue(cl, "per-page");
        predictions = Args.pathValue(cl, "predictions");
        jobs = Args.intValue(cl, "jobs", Runtime.getRuntime().availableProcessors());
        if (jobs < 1) {
            throw new Args.UsageException("--jobs must be at least 1");
        }
        Focus focus = Args.enumValue(cl, "focus", Focus.class, Focus.BALANCED);
        worst = Args.intValue(cl, "worst", 10);
        options = Options.defaults().withFocus(focus)
                .withDisabledRules(new java.util.LinkedHashSet<>(Args.listValue(cl, "disable-rule")));
    }

    int call(PrintStream out) throws IOException {
        List<String> csv = new ArrayList<>();
        csv.add("dataset,id,page_type,shingle_p,shingle_r,shingle_f1,token_p,token_r,token_f1,error");
        ObjectMapper mapper = new ObjectMapper();
        for (Path dir : datasets) {
            Dataset d = Dataset.load(dir);
            Evaluator.Report r = new Evaluator(options, jobs).run(d);
            print(out, r);
            for (Evaluator.Page p : r.pages()) {
                csv.add(String.join(",", r.dataset(), p.id(), p.pageType() == null ? "" : p.pageType(),
                        f(p.shingle().p()), f(p.shingle().r()), f(p.shingle().f1()),
                        f(p.token().p()), f(p.token().r()), f(p.token().f1()),
                        p.error() == null ? "" : '"' + p.error().replace("\"", "'") + '"'));
            }
            if (predictions != null) {
                StringBuilder sb = new StringBuilder();
                for (Evaluator.Page p : r.pages()) {
                    ObjectNode o = mapper.createObjectNode();
                    o.put("id", p.id());
                    o.put("text", p.predicted());
                    sb.append(mapper.writeValueAsString(o)).append('\n');
                }
                AtomicFiles.write(predictionsPath(r.dataset()), sb.toString());
            }
        }
        if (perPage != null) {
            AtomicFiles.write(perPage, String.join("\n", csv) + "\n");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private Path predictionsPath(String dataset) {
        if (datasets.size() == 1) {
            return predictions;
        }
        String name = predictions.getFileName().toString();
        String stem = name.endsWith(".jsonl") ? name.substring(0, name.length() - 6) : name;
        return predictions.resolveSibling(stem + "." + dataset + ".jsonl");
    }

    private void print(PrintStream out, Evaluator.Report r) {
        long failed = r.pages().stream().filter(p -> p.error() != null).count();
        out.printf(Locale.ROOT, "%s: %d pages, %d failed, %.1f pages/s%n", r.dataset(), r.pages().size(), failed,
                r.pagesPerSecond());
        out.printf(Locale.ROOT, "  shingles  P %.4f  R %.4f  F1 %.4f  accuracy %.4f%n", r.shingles().precision(),
                r.shingles().recall(), r.shingles().f1(), r.shingles().accuracy());
        out.printf(Locale.ROOT, "  tokens    mean F1 %.4f%n", r.tokenF1());
        if (!r.tokenF1ByType().isEmpty()) {
            StringBuilder sb = new StringBuilder("  by type  ");
            for (Map.Entry<String, double[]> e : r.tokenF1ByType().entrySet()) {
                sb.append(String.format(Locale.ROOT, " %s %.3f (%d)", e.getKey(), e.getValue()[0] / e.getValue()[1],
                        (int) e.getValue()[1]));
            }
            out.println(sb);
        }
        if (!r.fieldMatches().isEmpty()) {
            StringBuilder sb = new StringBuilder("  metadata ");
            for (Map.Entry<String, int[]> e : r.fieldMatches().entrySet()) {
                sb.append(String.format(Locale.ROOT, " %s %.1f%% (%d)", e.getKey(),
                        100.0 * e.getValue()[0] / e.getValue()[1], e.getValue()[1]));
            }
            out.println(sb);
        }
        if (worst <= 0) {
            return;
        }
        List<Evaluator.Page> sorted = new ArrayList<>(r.pages());
        sorted.sort(Comparator.comparingDouble((Evaluator.Page p) -> p.token().f1()));
        out.println("  worst pages (token F1, shingle P/R):");
        for (Evaluator.Page p : sorted.subList(0, Math.min(worst, sorted.size()))) {
            out.printf(Locale.ROOT, "    %-20s %.3f  P %.3f R %.3f%s%n", shortId(p.id()), p.token().f1(),
                    p.shingle().p(), p.shingle().r(), p.error() == null ? "" : "  " + p.error());
        }
    }

    private static String shortId(String id) {
        return id.length() > 20 ? id.substring(0, 20) : id;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
