package dev.pith.cli;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Expands the command line's inputs into a list of pages to read: files as given, folders walked
 * recursively in sorted order (following symbolic links, never looping), {@code -} for stdin.
 */
final class Inputs {
    private Inputs() {
    }

    /**
     * One input to process.
     *
     * @param source the name shown in output and messages (as given, or as found under a folder)
     * @param path   the file, or null for stdin
     * @param root   the folder it was found under (for mirroring with -o), or null
     */
    record Input(String source, Path path, Path root) {
        boolean isStdin() {
            return path == null;
        }
    }

    /** True for the extensions pith reads from folders. */
    static boolean isPageName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".txt");
    }

    /** Expands {@code args}; problems with an argument (missing, empty folder) go to {@code problems}. */
    static List<Input> expand(List<String> args, Consumer<String> problems) {
        List<Input> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                out.add(new Input("-", null, null));
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                List<Path> found = walk(p, problems);
                if (found.isEmpty()) {
                    problems.accept(arg + ": no pages found (looked for .html, .htm, .xhtml, .txt, .gz)");
                }
                for (Path f : found) {
                    out.add(new Input(join(arg, p.relativize(f)), f, p));
                }
            } else {
                out.add(new Input(arg, p, null));
            }
        }
        return out;
    }

    private static String join(String arg, Path rel) {
        String r = rel.toString();
        return arg.endsWith("/") ? arg + r : arg + "/" + r;
    }

    private static List<Path> walk(Path root, Consumer<String> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && isPageName(file.getFileName().toString())) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String why = e instanceof java.nio.file.FileSystemLoopException ? "symbolic link loop, skipped"
                                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                                    : "cannot read (" + e.getMessage() + ")";
                            problems.accept(file + ": " + why);
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.accept(root + ": cannot read folder (" + e.getMessage() + ")");
        }
        found.sort(null);
        return found;
    }
}
