package dev.pith.cli;

import dev.pith.clean.Guard;
import dev.pith.clean.Rule;
import dev.pith.clean.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code pith rules}: every built-in cleaning rule with its id and reason. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the built-in cleaning rules: id, reason, what each matches and what guards it.")
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "Also show what each rule matches and its guards.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
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
