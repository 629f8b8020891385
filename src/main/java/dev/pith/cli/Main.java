package dev.pith.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * pith's command line: picks the command by its first word ({@code eval}, {@code rules}, {@code bench},
 * {@code train-types}, else extraction), parses its options, and turns every failure into a one-line message
 * and an exit code. {@link Launcher} is what {@code java -jar} starts; it runs this class.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Launcher.stopWithLauncher();
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs pith with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, out, err);
        } catch (Args.UsageException e) {
            err.println("pith: " + e.getMessage());
            err.println("Try 'pith --help' for more information.");
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            err.println("pith: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (UncheckedIOException e) {
            err.println("pith: " + e.getCause().getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            // A dataset folder or list file named on the command line that cannot be read.
            err.println("pith: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (Exception e) {
            err.println("pith: internal error: " + e);
            return ExitCodes.FAILED;
        } finally {
            out.flush();
        }
    }

    private static int dispatch(String[] args, PrintStream out, PrintStream err) throws Exception {
        String name = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        return switch (name) {
            case "eval" -> command(rest, EvalCommand.options(), EvalCommand.USAGE, EvalCommand.DESCRIPTION,
                    List.of(), out, cl -> new EvalCommand(cl).call(out));
            case "rules" -> command(rest, RulesCommand.options(), RulesCommand.USAGE, RulesCommand.DESCRIPTION,
                    List.of(), out, cl -> new RulesCommand(cl).call(out));
            case "bench" -> command(rest, BenchCommand.options(), BenchCommand.USAGE, BenchCommand.DESCRIPTION,
                    List.of(), out, cl -> new BenchCommand(cl).call(out));
            case "train-types" -> command(rest, TrainTypesCommand.options(), TrainTypesCommand.USAGE,
                    TrainTypesCommand.DESCRIPTION, List.of(), out, cl -> new TrainTypesCommand(cl).call(out));
            default -> command(args, PithCommand.options(), PithCommand.USAGE, PithCommand.DESCRIPTION,
                    PithCommand.FOOTER, out, cl -> new PithCommand(cl, out, err).call());
        };
    }

    /** What a command does once its options are parsed. */
    private interface Runner {
        int run(CommandLine cl) throws Exception;
    }

    /** Parses a command's options, answers --help and --version, or runs it; returns the exit code. */
    private static int command(String[] args, Options options, String usage, List<String> description,
                               List<String> footer, PrintStream out, Runner runner) throws Exception {
        CommandLine cl = Args.parse(options, args);
        if (cl.hasOption("help")) {
            Args.printHelp(out, usage, description, options, footer);
            return ExitCodes.OK;
        }
        if (cl.hasOption("version")) {
            out.println(Version.text());
            return ExitCodes.OK;
        }
        return runner.run(cl);
    }
}
