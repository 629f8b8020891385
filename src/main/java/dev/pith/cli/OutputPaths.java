package dev.pith.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Where an input's output goes under {@code -o}: mirrored relative path, new extension, no collisions. */
final class OutputPaths {
    private OutputPaths() {
    }

    /**
     * The output path for {@code input}: its path relative to the folder it was found in (or its file name),
     * with the extension replaced; {@code name-2.ext}, {@code name-3.ext}... when taken by an earlier input.
     */
    static Path target(Path outDir, Inputs.Input input, String extension, Set<Path> taken) {
        String rel;
        if (input.isStdin()) {
            rel = "stdin";
        } else if (input.root() != null) {
            rel = input.root().relativize(input.path()).toString();
        } else {
            rel = input.path().getFileName().toString();
        }
        rel = stripExtension(rel);
        Path base = outDir.resolve(rel).normalize();
        if (!base.startsWith(outDir.normalize())) {
            base = outDir.resolve(Path.of(rel).getFileName().toString());
        }
        Path candidate = base.resolveSibling(base.getFileName() + "." + extension);
        for (int n = 2; taken.contains(candidate.toAbsolutePath().normalize()); n++) {
            candidate = base.resolveSibling(base.getFileName() + "-" + n + "." + extension);
        }
        return candidate;
    }

    private static String stripExtension(String name) {
        String n = name;
        if (n.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        return dot > slash + 1 ? n.substring(0, dot) : n;
    }

    /** True when {@code target} is one of {@code inputs} (absolute, normalised), by name or as the same file. */
    static boolean isInput(Path target, Set<Path> inputs) {
        Path t = target.toAbsolutePath().normalize();
        if (inputs.contains(t)) {
            return true;
        }
        if (!Files.exists(t)) {
            return false;
        }
        for (Path in : inputs) {
            try {
                if (Files.isSameFile(in, t)) {
                    return true;
                }
            } catch (java.io.IOException e) {
                // an unreadable input cannot be the target
            }
        }
        return false;
    }
}
