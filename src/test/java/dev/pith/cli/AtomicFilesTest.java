package dev.pith.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicFilesTest {
    @Test
    void aFileIsWrittenWholeWithNothingLeftBeside(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/page.md");
        AtomicFiles.write(out, "first");
        AtomicFiles.write(out, "second, longer");
        assertEquals("second, longer", Files.readString(out));
        try (var files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void anOutputGetsThePermissionsANewFileGetsNotOwnerOnly(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("made-by-the-shell"));
        Path out = dir.resolve("page.json");
        AtomicFiles.write(out, "{}");
        // Both follow the umask; a temporary file made by createTempFile would be rw------- whatever it is.
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }
}
