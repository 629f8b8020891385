package dev.pith;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/** The shared datasets and seed beside the project ({@code ../shared}); tests fail clearly when absent. */
public final class SharedData {
    private SharedData() {
    }

    /** {@code ../shared}, or a failed test naming what is missing. */
    public static Path root() {
        Path p = Path.of("..", "shared").toAbsolutePath().normalize();
        if (!Files.isDirectory(p.resolve("datasets"))) {
            fail("../shared/datasets not found next to the project (expected at " + p
                    + "); the tests measure pith against it");
        }
        return p;
    }

    /** One dataset folder, e.g. {@code scrapinghub}. */
    public static Path dataset(String name) {
        return root().resolve("datasets").resolve(name);
    }
}
