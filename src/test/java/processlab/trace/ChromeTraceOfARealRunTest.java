package processlab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import processlab.recording.Recording;
import processlab.run.observe.CoreLoadSampler;
import processlab.run.observe.ProcessTreeObserver;
import processlab.run.observe.PythonChild;

/** Observer → Recording → trace file → Recording, with a real Python parent and child. */
class ChromeTraceOfARealRunTest {

    /** The parent waits for a line on stdin, so the observer is watching before anything happens. */
    private static final String PROGRAM = """
            import subprocess, sys, time
            sys.stdin.readline()
            child = subprocess.Popen([sys.executable, "-c", "for i in range(10_000_000): pass"])
            for i in range(10_000_000):
                pass
            child.wait()
            sys.exit(3)
            """;

    @TempDir
    Path dir;

    @Test
    void aTracedPythonRunWritesAndReadsBack() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux for cores per thread");
        int cores = Runtime.getRuntime().availableProcessors();
        Recording recording = new Recording("real", cores, true);
        Process python = new ProcessBuilder(PythonChild.executable(), "-c", PROGRAM)
                .redirectErrorStream(true)
                .start();
        try (ProcessTreeObserver observer = ProcessTreeObserver.forThisPlatform();
                CoreLoadSampler sampler = CoreLoadSampler.forThisPlatform()) {
            observer.start(python.pid(), recording);
            sampler.start(recording);
            python.getOutputStream().write('\n');
            python.getOutputStream().flush();
            assertTrue(python.waitFor(20, TimeUnit.SECONDS), "python did not finish");
            // As the engine does: the root's exit code comes from waiting for it.
            recording.processEnded(python.pid(), recording.now(), OptionalInt.of(python.exitValue()));
        } finally {
            python.destroyForcibly();
        }
        recording.finish(recording.now());

        Path file = dir.resolve("real.json");
        ChromeTrace.write(recording, file);
        List<Map<String, Object>> events = ChromeTraceTest.parseEvents(Files.readString(file));
        for (String phase : List.of("M", "X", "C", "i")) {
            assertTrue(!ChromeTraceTest.ofPhase(events, phase).isEmpty(), "no '" + phase + "' event");
        }
        assertTrue(
                ChromeTraceTest.ofPhase(events, "X").stream().allMatch(e -> {
                    Object core = ChromeTraceTest.arg(e, "core");
                    return core instanceof Long c && c >= 0 && c < cores;
                }),
                "every cpu slice has a core in 0.." + (cores - 1));

        Recording back = ChromeTraceReader.read(file);
        RunSummary summary = RunSummary.of(back);
        assertEquals(OptionalInt.of(3), summary.exitCodes().get(python.pid()));
        assertTrue(summary.processCount() >= 2, "the child was followed: " + summary.exitCodes());
        // Two processes each counting to 4 million: about 0.2 s of CPU each on this machine, loaded or not.
        assertTrue(summary.cpuSeconds() > 0.2, "CPU " + summary.cpuSeconds());
        assertTrue(
                back.processes().stream()
                        .anyMatch(p -> p.command().contains("range(10_000_000)") && p.pid() != python.pid()),
                "the child's command after exec: " + back.processes());
        assertEquals(RunSummary.of(recording).cpuSeconds(), summary.cpuSeconds(), 0.02 * summary.cpuSeconds());
    }
}
