package processlab.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import processlab.util.DaemonThreads;

/**
 * How the student's files are saved (progress, settings): on one named daemon thread, never the FX thread, and
 * each time whole into a temporary file that then replaces the old one, so a crash mid-save leaves the old file.
 * The temp file such a crash leaves is removed at the next start ({@link #removeStaleTemps}).
 */
public final class SaveThread implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SaveThread.class.getName());
    private static final String TEMP_SUFFIX = ".tmp";
    /**
     * A save rewrites its temp file from start to end in well under a second; one untouched this long was left by
     * a save that was killed (or another instance's, long dead), not one still being written.
     */
    static final Duration STALE_TEMP_AGE = Duration.ofMinutes(2);

    /** Writes the file's new content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final ExecutorService saver;
    private final String what;

    /** @param name the thread's name; also what a log line calls the saves ("progress-save") */
    public SaveThread(String name) {
        this.what = name;
        this.saver = Executors.newSingleThreadExecutor(DaemonThreads.named(name));
    }

    /** Runs a save on the thread; after {@link #close()} nothing more is run. */
    public void execute(Runnable save) {
        if (!saver.isShutdown()) {
            saver.execute(save);
        }
    }

    /** Replaces {@code file} with what {@code content} writes, through a temporary file beside it. */
    public static void replace(Path file, Content content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // Named file name + digits + .tmp, as isOwnTemp expects.
        Path temp = Files.createTempFile(folder, file.getFileName().toString(), TEMP_SUFFIX);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisDisk) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Removes, on the save thread, the temp files that saves of {@code file} left behind when the app was killed
     * mid-save: only names of our own making, only regular files, only those untouched for {@link #STALE_TEMP_AGE}
     * (another instance may be saving right now). A failure is logged and changes nothing else.
     */
    public void removeStaleTemps(Path file) {
        execute(() -> {
            Path folder = file.toAbsolutePath().getParent();
            Instant staleBefore = Instant.now().minus(STALE_TEMP_AGE);
            try (DirectoryStream<Path> temps = Files.newDirectoryStream(
                    folder, path -> isOwnTemp(file, path.getFileName().toString()))) {
                for (Path temp : temps) {
                    BasicFileAttributes attributes =
                            Files.readAttributes(temp, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isRegularFile()
                            && attributes.lastModifiedTime().toInstant().isBefore(staleBefore)) {
                        Files.deleteIfExists(temp);
                        LOG.log(System.Logger.Level.INFO, "Removed " + temp + ", left by a save that did not finish");
                    }
                }
            } catch (NoSuchFileException | NotDirectoryException noFolderYet) {
                // Nothing saved there yet: nothing left behind.
            } catch (IOException | RuntimeException failed) {
                LOG.log(System.Logger.Level.WARNING, what + " could not clear old temp files in " + folder, failed);
            }
        });
    }

    /** Whether {@code name} is one {@link #replace} makes for {@code file}: its name, digits, {@code .tmp}. */
    static boolean isOwnTemp(Path file, String name) {
        String prefix = file.getFileName().toString();
        if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) {
            return false;
        }
        String digits = name.substring(prefix.length(), name.length() - TEMP_SUFFIX.length());
        return !digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Waits until every save asked for so far is written (or failed). */
    public void flush() {
        if (saver.isShutdown()) {
            return;
        }
        try {
            saver.submit(() -> {}).get(10, TimeUnit.SECONDS);
        } catch (Exception interruptedOrStuck) {
            LOG.log(System.Logger.Level.WARNING, what + " did not finish", interruptedOrStuck);
            if (interruptedOrStuck instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Writes what is pending and stops the thread. */
    @Override
    public void close() {
        flush();
        saver.shutdown();
    }
}
