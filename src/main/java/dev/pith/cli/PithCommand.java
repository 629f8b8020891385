package dev.pith.cli;

import dev.pith.Article;
import dev.pith.Options;
import dev.pith.extract.Focus;
import dev.pith.Pith;
import dev.pith.PithException;
import dev.pith.Thresholds;
import dev.pith.clean.Removal;
import dev.pith.extract.Candidate;
import dev.pith.input.Page;
import dev.pith.input.PageLoader;
import dev.pith.render.Json;
import org.apache.commons.cli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The {@code pith} command: saved pages in, articles out. */
public final class PithCommand {
    static final String USAGE = "pith [OPTIONS] INPUT...   or   pith COMMAND [OPTIONS] ...";
    static final List<String> DESCRIPTION = List.of(
            "Extracts the article (or main content) of saved web pages as Markdown, JSON, text or HTML.",
            "Inputs are .html/.htm/.xhtml files (optionally .gz), text dumps (.txt), folders, or - for stdin.",
            "INPUT: files, folders (searched recursively) or - for stdin.");
    static final List<String> FOOTER = List.of("Commands:",
            "  eval   Score pith against datasets laid out as DIR/pages/<id>.html and DIR/truth.jsonl.",
            "  rules  List the built-in cleaning rules: id, reason, what each matches and what guards it.",
            "  bench  Measure throughput on the pages under the given folders (read into memory first).",
            "", "Exit codes:",
            "  0   every input was extracted",
            "  1   some inputs failed (the rest were still written)",
            "  2   usage error",
            "  3   not an article (--articles-only, single input)");

    /** The options, in the order --help lists them. */
    static org.apache.commons.cli.Options options() {
        return Args.withHelp(new org.apache.commons.cli.Options()
                .addOption(Args.value("f", "format", "FORMAT", "markdown, json, text or html (default: markdown)."))
                .addOption(Args.value("o", "output", "DIR", "Write one file per input into DIR (same relative path,"
                        + " new extension) instead of stdout."))
                .addOption(Args.value(null, "url", "URL", "The page's address, to resolve relative links and images."))
                .addOption(Args.flag(null, "front-matter", "Start Markdown output with YAML front matter holding the"
                        + " metadata."))
                .addOption(Args.flag(null, "explain", "Say which rule removed each block and why, and which candidates"
                        + " were weighed (JSON: removed, candidates, fieldSources; otherwise on stderr)."))
                .addOption(Args.value(null, "disable-rule", "ID[,ID...]", "Do not apply this rule (or a whole concern"
                        + " such as 'share'); repeatable. See 'pith rules'."))
                .addOption(Args.value(null, "focus", "WHAT", "precision: only what is surely content (no figures in the"
                        + " body, no widening); balanced (default); recall: whatever may be content."))
                .addOption(Args.flag(null, "comments", "Return reader comments too, in a separate 'comments' field"
                        + " (JSON) or section (Markdown, text). They are never mixed into the article."))
                .addOption(Args.flag(null, "pretty", "Indent JSON output (one input per object, no longer one line"
                        + " each)."))
                .addOption(Args.value(null, "max-bytes", "N", "Refuse inputs larger than N bytes after gunzip"
                        + " (default: " + Thresholds.MAX_INPUT_BYTES + ")."))
                .addOption(Args.flag("q", "quiet", "Do not print per-input error messages on stderr."))
                .addOption(Args.value("j", "jobs", "N", "Pages extracted in parallel (default: number of cores)."))
                .addOption(Args.flag(null, "unordered", "Write results as they finish instead of in input order."))
                .addOption(Args.value(null, "input-list", "FILE", "Read input paths from FILE (- for stdin), one per"
                        + " line, or NUL-separated with -0."))
                .addOption(Args.flag("0", "null", "Paths in --input-list are separated by NUL (find -print0)."))
                .addOption(Args.flag(null, "skip-existing", "With -o: skip inputs whose output file already exists"
                        + " (resume a batch)."))
                .addOption(Args.flag(null, "articles-only", "Give no result for pages that are not articles (home"
                        + " pages, listings, products...): JSON says {\"article\": false}; exit code 3 for a single"
                        + " input."))
                .addOption(Args.flag(null, "progress", "Show the progress bar even when stderr is not a terminal.")));
    }

    private final PrintStream out;
    private final PrintStream err;
    private final List<String> inputs;
    private final Format format;
    private final Path outputDir;
    private final String url;
    private final boolean frontMatter;
    private final boolean explain;
    private final List<String> disabledRules;
    private final Focus focus;
    private final boolean comments;
    private final boolean pretty;
    private final long maxBytes;
    private final boolean quiet;
    private final int jobs;
    private final boolean unordered;
    private final String inputList;
    private final boolean nullSeparated;
    private final boolean skipExisting;
    private final boolean articlesOnly;
    private final boolean progressForced;

    /** The command as {@code cl} (parsed with {@link #options()}) asks for it. */
    PithCommand(CommandLine cl, PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        inputs = cl.getArgList();
        format = Args.enumValue(cl, "format", Format.class, Format.markdown);
        outputDir = Args.pathValue(cl, "output");
        url = cl.getOptionValue("url");
        frontMatter = cl.hasOption("front-matter");
        explain = cl.hasOption("explain");
        disabledRules = Args.listValue(cl, "disable-rule");
        focus = Args.enumValue(cl, "focus", Focus.class, Focus.BALANCED);
        comments = cl.hasOption("comments");
        pretty = cl.hasOption("pretty");
        maxBytes = Args.longValue(cl, "max-bytes", Thresholds.MAX_INPUT_BYTES);
        quiet = cl.hasOption("quiet");
        jobs = Args.intValue(cl, "jobs", Runtime.getRuntime().availableProcessors());
        unordered = cl.hasOption("unordered");
        inputList = cl.getOptionValue("input-list");
        nullSeparated = cl.hasOption("null");
        skipExisting = cl.hasOption("skip-existing");
        articlesOnly = cl.hasOption("articles-only");
        progressForced = cl.hasOption("progress");
    }

    /** What one input gave: the rendered output, or why it failed. */
    private record Outcome(Inputs.Input input, String output, String explain, String error, String errorKind,
                           String notArticle) {
        Outcome(Inputs.Input input, String output, String explain, String error, String errorKind) {
            this(input, output, explain, error, errorKind, null);
        }
    }

    private int notArticles;
    /** Set when standard output can no longer be written (its reader has gone): the batch stops. */
    private boolean outputClosed;

    /** Runs the command; returns the exit code. */
    int call() throws Exception {
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1");
        }
        if (skipExisting && outputDir == null) {
            throw new IllegalArgumentException("--skip-existing needs -o DIR");
        }
        List<String> args = new ArrayList<>(inputs);
        if (inputList != null) {
            args.addAll(InputList.read(inputList, nullSeparated));
        }
        if (args.isEmpty()) {
            err.println("pith: no input given (a file, a folder, or - for stdin)");
            err.println("Try 'pith --help' for more information.");
            return ExitCodes.USAGE;
        }
        Options options = Options.defaults().withMaxBytes(maxBytes).withUrl(url)
                .withDisabledRules(new LinkedHashSet<>(disabledRules)).withFocus(focus).withComments(comments);
        boolean[] listingFailed = {false};
        List<Inputs.Input> list = Inputs.expand(args, problem -> {
            listingFailed[0] = true;
            report(problem);
        });
        if (outputDir != null) {
            prepareOutputDir();
        }
        boolean live = !quiet && (progressForced || list.size() > 1 && Progress.stderrIsTerminal());
        Progress progress = new Progress(err, live, list.size());
        runAll(list, options, progress);
        if (outputClosed) {
            progress.finish(false);
            return ExitCodes.FAILED;
        }
        progress.finish(!quiet && (list.size() > 1 || live));
        out.flush();
        if (listingFailed[0] || progress.failed() > 0) {
            return ExitCodes.FAILED;
        }
        return list.size() == 1 && notArticles == 1 ? ExitCodes.NOT_ARTICLE : ExitCodes.OK;
    }

    /** Extracts every input on {@code jobs} threads, a bounded window ahead of the output. */
    private void runAll(List<Inputs.Input> list, Options options, Progress progress) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "pith-worker");
            t.setDaemon(true);
            return t;
        });
        CompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        Set<Path> taken = new HashSet<>();
        Set<Path> inputFiles = new HashSet<>();
        for (Inputs.Input in : list) {
            if (!in.isStdin()) {
                inputFiles.add(in.path().toAbsolutePath().normalize());
            }
        }
        int limit = jobs * 4;
        boolean first = true;
        try {
            for (Inputs.Input input : list) {
                Path target = null;
                if (outputDir != null) {
                    target = OutputPaths.target(outputDir, input, format.extension, taken);
                    taken.add(target.toAbsolutePath().normalize());
                    if (skipExisting && Files.exists(target)) {
                        progress.step(true);
                        continue;
                    }
                }
                Path t = target;
                window.add(done.submit(() -> process(input, options, t, inputFiles)));
                if (window.size() >= limit) {
                    first = emit(next(window, done), first, list.size(), progress);
                }
                if (outputClosed) {
                    return;
                }
            }
            while (!window.isEmpty() && !outputClosed) {
                first = emit(next(window, done), first, list.size(), progress);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome next(Deque<Future<Outcome>> window, CompletionService<Outcome> done) throws Exception {
        if (unordered) {
            Future<Outcome> f = done.take();
            window.remove(f);
            return f.get();
        }
        Future<Outcome> f = window.poll();
        done.take();
        return f.get();
    }

    /** Runs on a worker: extract, render and (with -o) write one input. Never throws. */
    private Outcome process(Inputs.Input input, Options options, Path target, Set<Path> inputFiles) {
        try {
            Article a = extract(input, options);
            if (articlesOnly && !a.fields().pageType().equals("article")) {
                return new Outcome(input, null, explain ? explainText(a) : null, null, null, a.fields().pageType());
            }
            String result = format.render(a, frontMatter, explain, pretty);
            String explained = explain && format != Format.json ? explainText(a) : null;
            if (target != null) {
                if (OutputPaths.isInput(target, inputFiles)) {
                    return failure(input, input.source() + ": output " + target + " would overwrite an input; skipped", "usage");
                }
                AtomicFiles.write(target, result);
                return new Outcome(input, null, explained, null, null);
            }
            return new Outcome(input, result, explained, null, null);
        } catch (PithException e) {
            return failure(input, e.getMessage(), e.reason().name().toLowerCase(java.util.Locale.ROOT));
        } catch (IOException e) {
            return failure(input, input.source() + ": cannot write output (" + e.getMessage() + ")", "write_error");
        } catch (OutOfMemoryError e) {
            return failure(input, input.source()
                    + ": out of memory while extracting (give java more heap with -Xmx, or lower --max-bytes)", "too_large");
        } catch (RuntimeException | StackOverflowError e) {
            return failure(input, input.source() + ": internal error (" + e + ")", "internal");
        }
    }

    private static Outcome failure(Inputs.Input input, String message, String kind) {
        return new Outcome(input, null, null, message, kind);
    }

    /** Writes one outcome in the main thread; returns whether the next output is still the first. */
    private boolean emit(Outcome o, boolean first, int count, Progress progress) {
        boolean stillFirst = write(o, first, count, progress);
        // A reader that has gone (pith ... | head) is not an error to report: the batch stops, as a pipe's writer
        // does when its reader has gone. checkError() also hands each result on as soon as it is ready.
        outputClosed = out.checkError();
        return stillFirst;
    }

    /** Writes one outcome: the result on stdout, messages on stderr; returns whether nothing was written yet. */
    private boolean write(Outcome o, boolean first, int count, Progress progress) {
        progress.step(o.error() == null);
        if (o.explain() != null) {
            err.print(o.explain());
        }
        if (o.notArticle() != null) {
            notArticles++;
            report(o.input().source() + ": not an article (" + o.notArticle() + ")");
            if (format == Format.json && outputDir == null) {
                out.println(Json.notArticle(o.input().source(), o.notArticle()));
            }
            return first;
        }
        if (o.error() != null) {
            report(o.error());
            if (format == Format.json && outputDir == null) {
                out.println(Json.error(o.input().source(), o.errorKind(), o.error()));
            }
            return first;
        }
        if (o.output() == null) {
            return first;
        }
        if (count > 1 && format != Format.json) {
            out.print((first ? "" : "\n") + separator(o.input().source()));
        }
        out.print(o.output());
        return false;
    }

    private String separator(String source) {
        return switch (format) {
            case markdown, html -> "<!-- source: " + source.replace("--", "- -") + " -->\n";
            default -> "==> " + source + " <==\n";
        };
    }

    private Article extract(Inputs.Input input, Options options) throws PithException {
        PageLoader loader = new PageLoader(options.maxBytes());
        Page page = input.isStdin() ? loader.load(System.in, "-", "") : loader.load(input.path(), input.source());
        return Pith.extract(page, options);
    }

    private void prepareOutputDir() {
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create output folder " + outputDir + " (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(outputDir)) {
            throw new IllegalArgumentException("output folder is not writable: " + outputDir);
        }
    }

    private static String explainText(Article a) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(a.source()).append(": ").append(a.removed().size()).append(" blocks removed\n");
        for (Removal r : a.removed()) {
            sb.append(String.format("  %-26s %-40s %s%n", r.rule(), shorten(r.where(), 40), r.text()));
        }
        if (!a.candidates().isEmpty()) {
            sb.append("== candidates\n");
            for (Candidate c : a.candidates()) {
                sb.append(String.format(java.util.Locale.ROOT, "  %8.1f  %-40s %s%n", c.score(), shorten(c.path(), 40), c.signals()));
            }
        }
        sb.append("== page type: ").append(a.fields().pageType()).append(", readerable ")
                .append(a.fields().readerable()).append(": ").append(String.join("; ", a.fields().typeEvidence())).append('\n');
        if (!a.fields().sources().isEmpty()) {
            sb.append("== field sources: ").append(new java.util.TreeMap<>(a.fields().sources())).append('\n');
        }
        return sb.toString();
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : "…" + s.substring(s.length() - n + 1);
    }

    private void report(String message) {
        if (!quiet) {
            err.println("pith: " + message);
        }
    }
}
