package dev.pith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compares output with an expected file. Expected files are rewritten only when the build is run with
 * {@code -Dpith.updateGoldens=true}; a missing expected file fails the test.
 */
public final class Goldens {
    private Goldens() {
    }

    /** True when this run rewrites expected files. */
    public static boolean updating() {
        return Boolean.getBoolean("pith.updateGoldens");
    }

    /** Asserts that {@code actual} equals the content of {@code expected} (or rewrites it when updating). */
    public static void check(Path expected, String actual) throws IOException {
        if (updating()) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expected)) {
            fail("missing expected file " + expected + " (create it with: mvn verify -Dpith.updateGoldens=true)");
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                "output differs from " + expected + " (if the change is intended: mvn verify -Dpith.updateGoldens=true)");
    }
}
