package processlab.run.observe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A real {@code python3 -c} process for tests. Its stdout lines of the form {@code key value} are collected,
 * so a test waits for what the program announces ("ready 1", "orphan 1234") instead of sleeping.
 */
public final class PythonChild implements AutoCloseable {

    final Process process;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Map<String, String> announced = new HashMap<>();
    private final List<Long> announcedPids = new ArrayList<>();

    private static String executable;

    PythonChild(String script) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(executable(), "-c", script);
        builder.redirectErrorStream(true);
        builder.environment().put("PYTHONUNBUFFERED", "1");
        process = builder.start();
        Thread reader = new Thread(this::readLines, "test-python-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The real interpreter behind {@code python3}: on the PATH there may be a wrapper script (pyenv's shim)
     * that would add a shell process in front of every test program.
     */
    public static synchronized String executable() throws IOException {
        if (executable == null) {
            Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
            String path = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            executable = path.isEmpty() ? "python3" : path;
        }
        return executable;
    }

    private void readLines() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // The process was killed: no more lines.
        }
    }

    long pid() {
        return process.pid();
    }

    /** Waits until the program printed {@code key value}; returns the value. */
    String awaitAnnounced(String key, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!announced.containsKey(key)) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("python did not print '" + key + "' within " + timeout + " (alive: "
                        + process.isAlive() + ", seen: " + announced + ")");
            }
            int space = line.indexOf(' ');
            if (space > 0) {
                announced.put(
                        line.substring(0, space), line.substring(space + 1).strip());
            }
        }
        return announced.get(key);
    }

    /** Waits for {@code key PID}; the process is killed with this one on close (orphans are not descendants). */
    long awaitPid(String key) throws InterruptedException {
        long pid = Long.parseLong(awaitAnnounced(key, Duration.ofSeconds(15)));
        announcedPids.add(pid);
        return pid;
    }

    /** Polls a condition every few ms until true or the timeout; fails with {@code what} otherwise. */
    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(5); // a polling step, not a guess at how long things take
        }
    }

    /** CPU time the OS has charged to the process so far (utime+stime, 10 ms ticks): a second opinion. */
    long cpuNs() {
        return process.toHandle().info().totalCpuDuration().orElseThrow().toNanos();
    }

    /** Kills the whole tree: descendants, the processes it announced (orphans among them), then the root. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        announcedPids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        process.destroyForcibly();
    }
}
