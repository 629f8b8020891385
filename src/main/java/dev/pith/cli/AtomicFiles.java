package dev.pith.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file whole or not at all: to a temporary file beside it, then renamed over it. */
final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Temporary files being written now; guarded by {@link #LOCK}. */
    private static final java.util.Set<Path> IN_FLIGHT = new java.util.HashSet<>();
    private static final Object LOCK = new Object();
    /** Set when the JVM begins to stop (Ctrl-C, SIGTERM): no new file is started after that. */
    private static boolean closing;
    /** How long a stopping JVM waits for the files being written to be finished (each is one write and a rename). */
    private static final long FINISH_MILLIS = 2000;

    static {
        // Workers keep running while shutdown hooks run: the hook stops new files, lets those under way finish
        // whole, and deletes any temporary file still left after the wait.
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::stop, "pith-cleanup"));
    }

    private static void stop() {
        synchronized (LOCK) {
            closing = true;
            long end = System.currentTimeMillis() + FINISH_MILLIS;
            try {
                for (long left = FINISH_MILLIS; !IN_FLIGHT.isEmpty() && left > 0; left = end - System.currentTimeMillis()) {
                    LOCK.wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (Path p : IN_FLIGHT) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // the process is ending; nothing more to do
                }
            }
        }
    }

    /**
     * A new empty file beside the target. Made with {@code createFile}, whose permissions follow the umask as a
     * shell's {@code >} does, not with {@code createTempFile}, which would leave every output readable by its
     * owner alone.
     */
    private static Path createTemporary(Path dir, String name) throws IOException {
        while (true) {
            long draw = java.util.concurrent.ThreadLocalRandom.current().nextLong();
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(draw, 36) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another writer's name: draw again
            }
        }
    }

    static void write(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp;
        synchronized (LOCK) {
            if (closing) {
                throw new IOException("pith is stopping");
            }
            tmp = createTemporary(dir, target.getFileName().toString());
            IN_FLIGHT.add(tmp);
        }
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            synchronized (LOCK) {
                IN_FLIGHT.remove(tmp);
                LOCK.notifyAll();
            }
        }
    }
}
