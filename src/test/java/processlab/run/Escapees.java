package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The processes a hostile test program hid, from the file it writes their pids to (a line each), and whether any
 * of them still runs. A pid counts only while its process is a Python one, so a pid reused later is not taken
 * for a survivor.
 */
public final class Escapees {

    private final Path pidFile;

    public Escapees(Path pidFile) {
        this.pidFile = pidFile;
    }

    public Path pidFile() {
        return pidFile;
    }

    public List<Long> pids() {
        try {
            return Files.readAllLines(pidFile).stream()
                    .filter(line -> !line.isBlank())
                    .map(Long::parseLong)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public List<Long> stillRunning() {
        return pids().stream().filter(Escapees::runningPython).toList();
    }

    public void awaitCount(int count) {
        Waits.until(Duration.ofSeconds(30), () -> pids().size() >= count, () -> "hidden processes: " + pids());
    }

    /** None is left; a process the run ended a moment ago may still be on its way out, so this waits briefly. */
    public void assertNoneLeft() {
        try {
            Waits.until(
                    Duration.ofSeconds(3), () -> stillRunning().isEmpty(), () -> "still running: " + stillRunning());
        } finally {
            assertEquals(List.of(), stillRunning(), "escaped the run");
        }
    }

    public void killAll() {
        stillRunning().forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    private static boolean runningPython(long pid) {
        try {
            String command = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
            return Waits.running(pid) && command.contains("python");
        } catch (IOException e) {
            return false;
        }
    }
}
