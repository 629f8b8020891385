package dev.pith.cli;

import dev.pith.Article;
import dev.pith.Options;
import dev.pith.Pith;
import dev.pith.PithException;
import dev.pith.Thresholds;
import dev.pith.clean.Removal;
import dev.pith.extract.Candidate;
import dev.pith.input.Page;
import dev.pith.input.PageLoader;
import dev.pith.render.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** The {@code pith} command: saved pages in, articles out. */
@Command(name = "pith", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Extracts the article (or main content) of saved web pages as Markdown, JSON, text or HTML.",
            "Inputs are .html/.htm/.xhtml files (optionally .gz), text dumps (.txt), folders, or - for stdin."},
        subcommands = {EvalCommand.class, RulesCommand.class, BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was extracted", "1:some inputs failed (the rest were still written)",
            "2:usage error", "3:not an article (--articles-only, single input)"})
public final class PithCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(paramLabel = "INPUT", description = "Files, folders (searched recursively) or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown, json, text or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write one file per input into DIR (same relative path, new extension) instead of stdout.")
    Path outputDir;

    @Option(names = "--url", paramLabel = "URL", description = "The page's address, to resolve relative links and images.")
    String url;

    @Option(names = "--front-matter", description = "Start Markdown output with YAML front matter holding the metadata.")
    boolean frontMatter;

    @Option(names = "--explain", description = "Say which rule removed each block and why, and which candidates were weighed"
            + " (JSON: removed, candidates, fieldSources; otherwise on stderr).")
    boolean explain;

    @Option(names = "--disable-rule", paramLabel = "ID", split = ",",
            description = "Do not apply this rule (or a whole concern such as 'share'); repeatable. See 'pith rules'.")
    List<String> disabledRules = new ArrayList<>();

    @Option(names = "--pretty", description = "Indent JSON output (one input per object, no longer one line each).")
    boolean pretty;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse inputs larger than N bytes after gunzip"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "" + Thresholds.MAX_INPUT_BYTES)
    long maxBytes;

    @Option(names = {"-q", "--quiet"}, description = "Do not print per-input error messages on stderr.")
    boolean quiet;

    public PithCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (inputs.isEmpty()) {
            err.println("pith: no input given (a file, a folder, or - for stdin)");
            err.println("Try 'pith --help' for more information.");
            return ExitCodes.USAGE;
        }
        Options options = Options.defaults().withMaxBytes(maxBytes).withUrl(url)
                .withDisabledRules(new LinkedHashSet<>(disabledRules));
        boolean[] failed = {false};
        List<Inputs.Input> list = Inputs.expand(inputs, problem -> {
            failed[0] = true;
            report(problem);
        });
        if (outputDir != null) {
            prepareOutputDir();
        }
        Set<Path> written = new HashSet<>();
        boolean first = true;
        for (Inputs.Input input : list) {
            String result;
            try {
                Article a = extract(input, options);
                result = format.render(a, frontMatter, explain, pretty);
                if (explain && format != Format.json) {
                    explainOnStderr(a);
                }
            } catch (PithException e) {
                failed[0] = true;
                report(e.getMessage());
                if (format == Format.json && outputDir == null) {
                    out.println(Json.error(input.source(), e.reason().name().toLowerCase(java.util.Locale.ROOT), e.getMessage()));
                }
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                failed[0] = true;
                report(input.source() + ": internal error (" + e + ")");
                if (format == Format.json && outputDir == null) {
                    out.println(Json.error(input.source(), "internal", e.toString()));
                }
                continue;
            }
            if (outputDir == null) {
                if (!first && list.size() > 1 && format != Format.json) {
                    out.print(format == Format.markdown ? "\n" : "\n");
                }
                if (list.size() > 1 && format != Format.json) {
                    out.print(separator(input.source()));
                }
                out.print(result);
                first = false;
            } else if (!writeOutput(input, result, written)) {
                failed[0] = true;
            }
        }
        out.flush();
        return failed[0] ? ExitCodes.FAILED : ExitCodes.OK;
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

    /** Writes one result under -o; never over an input, never twice to one path, never outside the folder. */
    private boolean writeOutput(Inputs.Input input, String result, Set<Path> written) {
        Path target = OutputPaths.target(outputDir, input, format.extension, written);
        try {
            if (OutputPaths.isInput(target, inputs)) {
                report(input.source() + ": output " + target + " would overwrite an input; skipped");
                return false;
            }
            AtomicFiles.write(target, result);
            written.add(target.toAbsolutePath().normalize());
            return true;
        } catch (IOException e) {
            report(input.source() + ": cannot write " + target + " (" + e.getMessage() + ")");
            return false;
        }
    }

    private void explainOnStderr(Article a) {
        err.println("== " + a.source() + ": " + a.removed().size() + " blocks removed");
        for (Removal r : a.removed()) {
            err.printf("  %-26s %-40s %s%n", r.rule(), shorten(r.where(), 40), r.text());
        }
        if (!a.candidates().isEmpty()) {
            err.println("== candidates");
            for (Candidate c : a.candidates()) {
                err.printf("  %8.1f  %-40s %s%n", c.score(), shorten(c.path(), 40), c.signals());
            }
        }
        if (!a.fields().sources().isEmpty()) {
            err.println("== field sources: " + new java.util.TreeMap<>(a.fields().sources()));
        }
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
