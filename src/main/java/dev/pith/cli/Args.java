package dev.pith.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Declaring, parsing and describing the options of pith's commands, on Apache Commons CLI. Values are checked
 * here, so that a bad one is a one-line usage error naming the option.
 *
 * <pre>{@code
 * Options o = new Options().addOption(Args.value("j", "jobs", "N", "Pages extracted in parallel."));
 * CommandLine cl = Args.parse(o, args);
 * int jobs = Args.intValue(cl, "jobs", 2);
 * }</pre>
 */
final class Args {
    private Args() {
    }

    /** A wrong command line: unknown option, missing or bad value. Main prints it with a pointer to --help. */
    static final class UsageException extends IllegalArgumentException {
        UsageException(String message) {
            super(message);
        }
    }

    /** An option that takes a value; {@code shortName} may be null. */
    static Option value(String shortName, String longName, String valueName, String description) {
        return Option.builder(shortName).longOpt(longName).hasArg().argName(valueName).desc(description).get();
    }

    /** An option that is on or off; {@code shortName} may be null. */
    static Option flag(String shortName, String longName, String description) {
        return Option.builder(shortName).longOpt(longName).desc(description).get();
    }

    /** {@code options} with -h/--help and -V/--version added. */
    static Options withHelp(Options options) {
        return options.addOption(flag("h", "help", "Show this help message and exit."))
                .addOption(flag("V", "version", "Print version information and exit."));
    }

    /** Parses {@code args}: options may come before or after the positional arguments; {@code --} ends options. */
    static CommandLine parse(Options options, String[] args) {
        try {
            return DefaultParser.builder().setAllowPartialMatching(false).get().parse(options, args);
        } catch (ParseException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static int intValue(CommandLine cl, String name, int fallback) {
        return number(cl, name, fallback, Integer::parseInt, "a whole number");
    }

    static long longValue(CommandLine cl, String name, long fallback) {
        return number(cl, name, fallback, Long::parseLong, "a whole number");
    }

    static double doubleValue(CommandLine cl, String name, double fallback) {
        return number(cl, name, fallback, Double::parseDouble, "a number");
    }

    private static <T> T number(CommandLine cl, String name, T fallback, Function<String, T> parse, String expected) {
        String v = cl.getOptionValue(name);
        try {
            return v == null ? fallback : parse.apply(v.strip());
        } catch (NumberFormatException e) {
            throw invalid(name, v, expected);
        }
    }

    /** The constant of {@code type} named by the option's value, in any case. */
    static <E extends Enum<E>> E enumValue(CommandLine cl, String name, Class<E> type, E fallback) {
        String v = cl.getOptionValue(name);
        if (v == null) {
            return fallback;
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v.strip())) {
                return e;
            }
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        throw invalid(name, v, "one of " + String.join(", ", names));
    }

    static Path pathValue(CommandLine cl, String name) {
        String v = cl.getOptionValue(name);
        return v == null ? null : path(v, "--" + name);
    }

    /** {@code value} as a path; {@code what} names it in the error. */
    static Path path(String value, String what) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException("Invalid value for " + what + ": '" + value + "' is not a path");
        }
    }

    /** Every value given to a repeatable option, each split at commas. */
    static List<String> listValue(CommandLine cl, String name) {
        List<String> out = new ArrayList<>();
        String[] values = cl.getOptionValues(name);
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }

    private static UsageException invalid(String name, String value, String expected) {
        return new UsageException("Invalid value for option '--" + name + "': expected " + expected + " but was '"
                + value + "'");
    }

    /** Help width: the options' descriptions wrap to fit it. */
    private static final int WIDTH = 80;
    private static final int DESCRIPTION_COLUMN = 26;

    /**
     * Prints a command's help: usage line, description, each option with its description wrapped beside it,
     * then {@code footer} lines as they are.
     */
    static void printHelp(PrintStream out, String usage, List<String> description, Options options,
                          List<String> footer) {
        out.println("Usage: " + usage);
        description.forEach(out::println);
        out.println();
        out.println("Options:");
        for (Option o : options.getOptions()) {
            StringBuilder names = new StringBuilder(o.getOpt() == null ? "      " : "  -" + o.getOpt() + ", ");
            names.append("--").append(o.getLongOpt());
            if (o.hasArg()) {
                names.append('=').append(o.getArgName());
            }
            List<String> lines = wrap(o.getDescription(), WIDTH - DESCRIPTION_COLUMN);
            if (names.length() + 2 > DESCRIPTION_COLUMN) {
                out.println(names);
            } else {
                out.print(names + " ".repeat(DESCRIPTION_COLUMN - names.length()) + lines.remove(0) + "\n");
            }
            for (String l : lines) {
                out.println(" ".repeat(DESCRIPTION_COLUMN) + l);
            }
        }
        if (!footer.isEmpty()) {
            out.println();
            footer.forEach(out::println);
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
