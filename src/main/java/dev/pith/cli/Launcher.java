package dev.pith.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The entry point of {@code java -jar pith.jar}: runs pith in a second JVM started with options suited to it,
 * or in this one.
 *
 * <p>A plain {@code java -jar} JVM spends the first seconds of a run compiling: on 181 pages its optimising
 * compiler's queue holds nine seconds of work, and the pages wait in slow, profiling code meanwhile. For a run
 * of up to {@link #SHORT_RUN_INPUTS} inputs the quick compiler alone finishes sooner (about 35% less time for
 * 181 pages, 0.4 s instead of 0.75 s for one), and the serial collector needs less than half the memory; the
 * class-data-sharing archive that {@code mvn package} writes beside the jar ({@code pith.jsa}) saves loading
 * the classes again. Longer runs keep the optimising compiler, which is faster once it has caught up.
 *
 * <p>pith stays in this JVM when the user chose JVM options of their own (other than memory sizes and
 * {@code -D} properties, which are passed on), for {@code bench} and {@code train-types} (they measure and fit in
 * the JVM the user started), for quick commands (help, version, rules), with {@code -Dpith.relaunch=false}, and
 * when no second JVM can be started. The second JVM inherits standard input, output and error; its exit code
 * is pith's; Ctrl-C reaches both, a parent stopped by a signal stops the child first, and a child whose parent
 * was killed outright stops by itself ({@link #stopWithLauncher}).
 *
 * <pre>{@code
 * java -jar target/pith.jar page.html          # runs in a second JVM with -XX:TieredStopAtLevel=1
 * java -Xmx1g -jar target/pith.jar big-folder/  # passes -Xmx1g on
 * }</pre>
 */
public final class Launcher {
    private Launcher() {
    }

    /**
     * Runs with at most this many inputs stop at the quick compiler. Measured over the dev pages in fresh JVMs:
     * 181 pages take 35% less time with it, 922 take about the same, and the optimising compiler is 1.6 to
     * 1.8 times faster once warm, so longer batches keep it.
     */
    static final int SHORT_RUN_INPUTS = 1000;

    /** Set in the second JVM, so that it never starts a third. */
    static final String CHILD_PROPERTY = "pith.relaunch";
    /** The launcher's process id, set in the second JVM so that it stops if the launcher is killed outright. */
    static final String PARENT_PROPERTY = "pith.parent";

    public static void main(String[] args) {
        List<String> command = childCommand(javaBinary(), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("java.class.path"), System.getProperty(CHILD_PROPERTY), args);
        if (command != null) {
            Integer code = runChild(command);
            if (code != null) {
                System.exit(code);
            }
        }
        Main.main(args);
    }

    /**
     * The command line of the second JVM, or null to run here.
     *
     * @param java      the {@code java} executable of this JVM, or null when there is none
     * @param jvmArgs   the options this JVM was started with
     * @param classPath this JVM's class path (the jar when started with {@code -jar})
     * @param relaunch  the value of {@code -Dpith.relaunch}, or null
     * @param args      pith's arguments
     */
    static List<String> childCommand(Path java, List<String> jvmArgs, String classPath, String relaunch,
                                     String[] args) {
        if (java == null || classPath == null || classPath.isEmpty() || relaunch != null || stayHere(args)) {
            return null;
        }
        List<String> passed = new ArrayList<>();
        for (String a : jvmArgs) {
            if (!passedOn(a)) {
                return null;
            }
            passed.add(a);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(tunedOptions(classPath, isShortRun(args)));
        cmd.addAll(passed);
        cmd.add("-D" + CHILD_PROPERTY + "=false");
        cmd.add("-D" + PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** True when {@code args} name at most {@link #SHORT_RUN_INPUTS} inputs: a run for the quick compiler. */
    static boolean isShortRun(String[] args) {
        return countInputs(args, SHORT_RUN_INPUTS + 1) <= SHORT_RUN_INPUTS;
    }

    /**
     * The JVM options the second JVM gets: the class-data archive beside the jar when there is one, and for a
     * short run the quick compiler and the serial collector.
     */
    static List<String> tunedOptions(String classPath, boolean shortRun) {
        List<String> options = new ArrayList<>();
        Path archive = archiveBeside(classPath);
        if (archive != null) {
            // Silent when the archive was written by another Java version or for a moved jar: it is then not used.
            options.add("-XX:SharedArchiveFile=" + archive);
            options.add("-Xlog:cds=off,cds+dynamic=off");
        }
        if (shortRun) {
            options.add("-XX:TieredStopAtLevel=1");
            options.add("-XX:+UseSerialGC");
        }
        return options;
    }

    /** Options of the user's that the second JVM takes too: heap and stack sizes, system properties. */
    private static boolean passedOn(String jvmArg) {
        return jvmArg.startsWith("-Xmx") || jvmArg.startsWith("-Xms") || jvmArg.startsWith("-Xss")
                || jvmArg.startsWith("-D");
    }

    /** Commands that run here: quick ones, and those that measure or fit in the JVM the user started. */
    private static boolean stayHere(String[] args) {
        if (args.length == 0) {
            return true;
        }
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V")) {
                return true;
            }
        }
        String first = args[0];
        return first.equals("bench") || first.equals("train-types") || first.equals("rules");
    }

    /** {@code pith.jsa} beside a class path that is one jar, or null. */
    private static Path archiveBeside(String classPath) {
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.toLowerCase(Locale.ROOT).endsWith(".jar")) {
            return null;
        }
        Path archive = Path.of(classPath).toAbsolutePath().resolveSibling("pith.jsa");
        return Files.isRegularFile(archive) ? archive : null;
    }

    /**
     * How many inputs the arguments name, counting files under folders, up to {@code cap}. Arguments that are
     * not existing paths count as one (stdin, a missing file: each is one input); the value of {@code -o} is the
     * output, not an input; an input list counts its lines (or NUL-separated paths), and one read from standard
     * input counts as {@code cap}: it may be any length, often a long one.
     */
    static int countInputs(String[] args, int cap) {
        int n = 0;
        for (int i = 0; i < args.length && n < cap; i++) {
            String a = args[i];
            if (a.equals("--input-list") || a.startsWith("--input-list=")) {
                String list = a.equals("--input-list") ? (i + 1 < args.length ? args[++i] : "-")
                        : a.substring("--input-list=".length());
                n += entriesIn(list, cap - n);
            } else if (a.equals("-o") || a.equals("--output")) {
                i++;
            } else if (a.equals("-") || !a.startsWith("-")) {
                n += filesUnder(a, cap - n);
            }
        }
        return Math.min(n, cap);
    }

    /** The paths in an input list, counted up to {@code cap}: lines or NUL-separated entries; stdin counts as cap. */
    private static int entriesIn(String list, int cap) {
        if (list.equals("-")) {
            return cap;
        }
        int n = 0;
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(Path.of(list)))) {
            for (int b = in.read(); b >= 0 && n < cap; b = in.read()) {
                if (b == '\n' || b == 0) {
                    n++;
                }
            }
        } catch (IOException | RuntimeException e) {
            return cap;  // pith itself will report the list it cannot read
        }
        return Math.max(n, 1);
    }

    private static int filesUnder(String arg, int cap) {
        Path p;
        try {
            p = Path.of(arg);
        } catch (RuntimeException e) {
            return 1;
        }
        if (!Files.isDirectory(p)) {
            return 1;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            int n = 0;
            for (Iterator<Path> it = walk.iterator(); it.hasNext() && n < cap; ) {
                if (Files.isRegularFile(it.next())) {
                    n++;
                }
            }
            return n;
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /**
     * In the second JVM: stops pith (cleanly: shutdown hooks leave files whole) when the launcher is gone, as
     * after {@code kill -9}, which gives the launcher no chance to stop it. Does nothing in the first JVM.
     */
    static void stopWithLauncher() {
        String pid = System.getProperty(PARENT_PROPERTY);
        if (pid == null) {
            return;
        }
        try {
            ProcessHandle.of(Long.parseLong(pid)).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> System.exit(ExitCodes.FAILED)),
                    () -> System.exit(ExitCodes.FAILED));
        } catch (NumberFormatException | UnsupportedOperationException e) {
            // not a launcher's child after all, or no way to watch it: run on
        }
    }

    /** The {@code java} executable of this JVM, or null when there is none. */
    static Path javaBinary() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        for (String name : new String[] {"java", "java.exe"}) {
            Path java = bin.resolve(name);
            if (Files.isExecutable(java)) {
                return java;
            }
        }
        return null;
    }

    /**
     * Runs the second JVM with this one's standard streams; returns its exit code, or null when it could not be
     * started. A signal that stops this JVM (Ctrl-C reaches both, {@code kill} only this one) stops the child
     * and waits for it, so that its files are left whole.
     */
    private static Integer runChild(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                Runtime.getRuntime().halt(waitFor(child));
            }
        }));
        return waitFor(child);
    }

    private static int waitFor(Process p) {
        while (true) {
            try {
                return p.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the child's exit code is pith's
            }
        }
    }
}
