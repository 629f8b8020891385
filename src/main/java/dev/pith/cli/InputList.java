package dev.pith.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code --input-list}: paths one per line, or NUL-separated ({@code find -print0}). */
final class InputList {
    private InputList() {
    }

    static List<String> read(String source, boolean nulSeparated) {
        String all;
        try (InputStream in = source.equals("-") ? System.in : Files.newInputStream(Path.of(source))) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read --input-list " + source + " (" + e.getMessage() + ")", e));
        }
        List<String> out = new ArrayList<>();
        for (String p : all.split(nulSeparated ? "\u0000" : "\r?\n")) {
            if (!p.isBlank() || nulSeparated && !p.isEmpty()) {
                out.add(nulSeparated ? p : p.strip());
            }
        }
        return out;
    }
}
