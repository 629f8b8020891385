package dev.pith.cli;

import picocli.CommandLine;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code java -jar pith.jar}: runs {@link PithCommand} with UTF-8 output and one-line usage errors. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
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
        CommandLine cl = new CommandLine(new PithCommand(out, err));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("pith: " + ex.getMessage());
            err.println("Try 'pith --help' for more information.");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IllegalArgumentException) {
                err.println("pith: " + ex.getMessage());
                return ExitCodes.USAGE;
            }
            if (ex instanceof java.io.UncheckedIOException u) {
                err.println("pith: " + u.getCause().getMessage());
                return ExitCodes.USAGE;
            }
            if (ex instanceof java.io.IOException io) {
                // A dataset folder or list file named on the command line that cannot be read.
                err.println("pith: " + io.getMessage());
                return ExitCodes.USAGE;
            }
            err.println("pith: internal error: " + ex);
            return ExitCodes.FAILED;
        });
        int code = cl.execute(args);
        out.flush();
        return code;
    }
}
