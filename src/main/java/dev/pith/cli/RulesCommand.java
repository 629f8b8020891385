package dev.pith.cli;

import dev.pith.clean.Guard;
import dev.pith.clean.Rule;
import dev.pith.clean.Rules;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** {@code pith rules}: every built-in cleaning rule with its id and reason. */
final class RulesCommand {
    static final String USAGE = "pith rules [-v]";
    static final List<String> DESCRIPTION = List.of(
            "List the built-in cleaning rules: id, reason, what each matches and what guards it.");

    static Options options() {
        return Args.withHelp(new Options()
                .addOption(Args.flag("v", "verbose", "Also show what each rule matches and its guards.")));
    }

    private final boolean verbose;

    RulesCommand(CommandLine cl) {
        verbose = cl.hasOption("verbose");
        if (!cl.getArgList().isEmpty()) {
            throw new Args.UsageException("rules takes no arguments: " + cl.getArgList().get(0));
        }
    }

    int call(PrintStream out) {
        for (Rule r : Rules.all()) {
            out.printf("%-26s %s%n", r.id(), r.reason());
            if (verbose) {
                out.printf("%-26s   matches: %s%n", "", r.describe());
                out.printf("%-26s   guards:  %s%n", "", r.guards().isEmpty() ? "none (never content)"
                        : r.guards().stream().map(Guard::name).sorted().collect(Collectors.joining(", ")));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
