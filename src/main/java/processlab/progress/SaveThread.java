package processlab.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * How the student's files are saved (progress, settings): on one named daemon thread, never the FX thread, and
 * each time whole into a temporary file that then replaces the old one, so a crash mid-save leaves the old file.
 */
public final class SaveThread implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SaveThread.class.getName());

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
        this.saver = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
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
        Path temp = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
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

    /** Waits until every save asked for so far is written (or failed). */
    public void flush() {
        if (saver.isShutdown()) {
            return;
        }
        try {
            saver.submit(() -> { }).get(10, TimeUnit.SECONDS);
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
