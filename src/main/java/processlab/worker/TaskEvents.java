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

    /**
     * The calling thread's name, said once as it starts: a worker that lives a few milliseconds can end before
     * ProcessLab reads the name the JVM gave it, and would be drawn as one of the JVM's own threads.
     */
    public static void threadStarted() {
        long tid = nativeTid();
        if (tid != 0) {
            write("N " + System.nanoTime() + " " + ProcessHandle.current().pid() + " " + tid + " "
                    + Thread.currentThread().getName().replace('\n', ' ') + "\n");
        }
    }

    /**
     * The calling thread is done: when it started ({@link System#nanoTime()}) and the CPU time the kernel counted
     * for it ({@code /proc/thread-self/schedstat}, in ns). A worker whose task takes a few tens of milliseconds can
     * start and end between two looks of an observer that the run keeps busy, and would be missing from the
     * timeline; this is its one, coarse, sample.
     */
    public static void threadEnded(long startNanos) {
        long tid = nativeTid();
        long cpuNanos = threadCpuNanos();
        if (tid != 0 && cpuNanos >= 0) {
            write("E " + System.nanoTime() + " " + ProcessHandle.current().pid() + " " + tid + " " + startNanos + " "
                    + cpuNanos + " " + Thread.currentThread().getName().replace('\n', ' ') + "\n");
        }
    }

    /** This thread's CPU time in ns from /proc/thread-self/schedstat (Linux), or -1. */
    private static long threadCpuNanos() {
        try {
            String schedstat =
                    Files.readString(Path.of("/proc/thread-self/schedstat")).trim();
            return Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
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
