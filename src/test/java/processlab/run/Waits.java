package processlab.run;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import processlab.recording.Recording;

/** Waiting on conditions in tests, with a deadline instead of a fixed sleep. */
final class Waits {

    private Waits() {}

    static void until(Duration timeout, BooleanSupplier condition, Supplier<String> whatFailed) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + timeout.toMillis() + " ms: " + whatFailed.get());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    static RunResult end(RunSession session, Duration timeout) throws InterruptedException {
        return session.await(timeout).orElseGet(() -> {
            session.stop();
            return fail("run did not end within " + timeout.toMillis() + " ms; output: "
                    + session.recording().outputAfter(-1));
        });
    }

    /**
     * Whether the process still exists and is not a zombie. A dead child whose parent also died waits as a
     * zombie until PID 1 reaps it, which in some containers takes seconds: it runs nothing and holds nothing.
     */
    static boolean running(long pid) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException e) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                    && !java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self"));
        }
    }

    static String output(Recording recording) {
        StringBuilder text = new StringBuilder();
        recording
                .outputAfter(-1)
                .forEach(line -> text.append(line.pid())
                        .append(line.stderr() ? " E " : " O ")
                        .append(line.text())
                        .append('\n'));
        return text.toString();
    }
}
