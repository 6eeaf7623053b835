package processlab.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A named pipe where a file is expected, and a guard for code that would hang forever opening it. */
public final class Fifo {

    private Fifo() {}

    /** Makes a named pipe at {@code path} with the system's {@code mkfifo}. */
    public static void make(Path path) throws IOException, InterruptedException {
        Process mkfifo =
                new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo " + path);
    }

    /**
     * Runs {@code call} on a named daemon thread and fails if it takes more than 5 s: opening a pipe to read it
     * waits for a writer that never comes. A stuck reader is then released by opening the pipe to write, so the
     * thread ends rather than lingering past the test.
     */
    public static <T> T within5Seconds(Path fifo, Callable<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        result.complete(call.call());
                    } catch (Throwable e) {
                        result.completeExceptionally(e);
                    }
                },
                "fifo-open-test");
        thread.setDaemon(true);
        thread.start();
        try {
            return result.get(5, TimeUnit.SECONDS);
        } catch (TimeoutException stuck) {
            try (OutputStream release = Files.newOutputStream(fifo)) {
                release.flush();
            }
            thread.join(5_000);
            return fail("still blocked after 5 s: reading " + fifo + " waits for a writer");
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception e ? e : failed;
        }
    }
}
