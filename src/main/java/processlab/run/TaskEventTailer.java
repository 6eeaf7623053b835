package processlab.run;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalInt;
import processlab.recording.Recording;

/**
 * Follows the run's append-only events file and turns each complete line into Recording calls.
 *
 * <p>Lines (fields split by single spaces; the last field may contain spaces):
 * <pre>
 * T+ TIME PID TID LABEL TASK    a task started (LABEL: process, pool, thread, java)
 * T- TIME PID TID LABEL TASK    it ended
 * X  TIME PARENT CHILD CODE     a parent saw its child exit with CODE (negative = signal)
 * B  TIME PID PPID COMMAND      a Python process started (some live too briefly for the observer to see)
 * R  TIME PID PPID ROLE         a process said what it is ("Process-2", "ForkPoolWorker-1")
 * A  TIME PID                   the root Python process reached its normal exit
 * N  TIME PID TID NAME          a thread said its name as it started (Java workers)
 * E  TIME PID TID START CPU NAME a thread ended, started at START and used CPU ns in all (Java workers)
 * </pre>
 * TIME is a monotonic clock in ns, the same one as {@link System#nanoTime()} on Linux.
 */
final class TaskEventTailer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TaskEventTailer.class.getName());

    private final Path file;
    private final Recording recording;
    private RandomAccessFile reader;
    private long position;
    private volatile long rootExitedNormallyPid = -1;

    TaskEventTailer(Path file, Recording recording) {
        this.file = file;
        this.recording = recording;
    }

    /** Reads what was appended since the last call; call from one thread only. */
    void poll() {
        try {
            if (reader == null) {
                if (!file.toFile().exists()) {
                    return;
                }
                reader = new RandomAccessFile(file.toFile(), "r");
            }
            long size = reader.length();
            if (size <= position) {
                return;
            }
            byte[] bytes = new byte[(int) Math.min(size - position, 1 << 20)];
            reader.seek(position);
            reader.readFully(bytes);
            // Only complete lines are taken, so a UTF-8 character is never split between two reads.
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            position += end;
            for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    handle(line);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "events file unreadable", e);
        }
    }

    /** Whether the given pid reported reaching its normal exit (so its exit status is not a signal). */
    boolean exitedNormally(long pid) {
        return rootExitedNormallyPid == pid;
    }

    void handle(String line) {
        String[] f = line.split(" ", 6);
        try {
            long time = recording.toRunTime(Long.parseLong(f[1]));
            switch (f[0]) {
                case "T+" -> recording.taskStarted(Long.parseLong(f[2]), Long.parseLong(f[3]), f[5], f[4], time);
                case "T-" -> recording.taskEnded(Long.parseLong(f[2]), Long.parseLong(f[3]), f[5], time);
                case "X" -> childExited(Long.parseLong(f[2]), Long.parseLong(f[3]), Integer.parseInt(f[4]), time);
                case "R" -> role(Long.parseLong(f[2]), Long.parseLong(f[3]), line.split(" ", 5)[4], time);
                case "B" ->
                    recording.processStarted(
                            Long.parseLong(f[2]),
                            Long.parseLong(f[3]),
                            line.split(" ", 5).length == 5 ? line.split(" ", 5)[4] : "",
                            time);
                case "A" -> rootExitedNormallyPid = Long.parseLong(f[2]);
                case "E" -> {
                    String[] e = line.split(" ", 7);
                    recording.threadEnded(
                            Long.parseLong(e[2]),
                            Long.parseLong(e[3]),
                            e.length == 7 ? e[6] : "",
                            recording.toRunTime(Long.parseLong(e[4])),
                            time,
                            Long.parseLong(e[5]));
                }
                case "N" -> recording.threadNamed(Long.parseLong(f[2]), Long.parseLong(f[3]), line.split(" ", 5)[4]);
                default -> LOG.log(System.Logger.Level.DEBUG, "unknown event: " + line);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "bad event line: " + line, e);
        }
    }

    private void childExited(long parent, long child, int code, long time) {
        // The observer may not have seen a short-lived child at all: make sure it exists first.
        recording.processStarted(child, parent, "", time);
        recording.processEnded(child, time, OptionalInt.of(code));
    }

    private void role(long pid, long parent, String role, long time) {
        recording.processStarted(pid, parent, "", time);
        recording.setProcessRole(pid, role);
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing events file", e);
        }
    }
}
