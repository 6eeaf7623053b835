package processlab.worker;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reports task starts and ends to ProcessLab in the same line format as the Python instrumentation: one
 * short line appended per event to the file named by {@code PROCESSLAB_EVENTS} (append writes of a short
 * line are atomic, so threads and processes can share it).
 */
public final class TaskEvents {

    private static final String PATH = System.getenv("PROCESSLAB_EVENTS");
    private static FileOutputStream out;

    private TaskEvents() {}

    public static void started(String task) {
        emit("T+", task);
    }

    public static void ended(String task) {
        emit("T-", task);
    }

    /** A child this process started has exited with this Java exit value (a signal is sent as -N). */
    public static void childExited(long childPid, int exitValue) {
        int code = ExitStatus.recorded(exitValue);
        write("X " + System.nanoTime() + " " + ProcessHandle.current().pid() + " " + childPid + " " + code + "\n");
    }

    private static void emit(String kind, String task) {
        write(kind + " " + System.nanoTime() + " " + ProcessHandle.current().pid() + " " + nativeTid() + " java " + task
                + "\n");
    }

    private static synchronized void write(String line) {
        if (PATH == null) {
            return;
        }
        try {
            if (out == null) {
                out = new FileOutputStream(PATH, true);
            }
            out.write(line.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Reporting must never break the work itself.
        }
    }

    /** The OS thread id of the calling thread (Linux: from /proc/thread-self), or 0 where unknown. */
    public static long nativeTid() {
        try {
            String link = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString();
            return Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
