package processlab.run.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import processlab.recording.CpuSample;
import processlab.recording.Recording;
import processlab.recording.ThreadTrack;

/** The fallback observer, run here on whatever OS builds (OSHI works on Linux too). */
class OshiProcessTreeObserverTest {

    private static final String SPIN = """
            import threading, time
            def spin():
                t = time.time()
                while time.time() - t < 60:
                    pass
            threading.Thread(target=spin, daemon=True).start()
            print("ready 1")
            time.sleep(60)
            """;

    @Test
    void followsTheRootsThreadsWithoutCores() throws Exception {
        Recording recording = new Recording("oshi", 2, true);
        try (PythonChild spin = new PythonChild(SPIN);
                ProcessTreeObserver observer = new OshiProcessTreeObserver(100)) {
            spin.awaitAnnounced("ready", Duration.ofSeconds(10));
            observer.start(spin.pid(), recording);
            assertTrue(recording.notices().contains(OshiProcessTreeObserver.NO_CORE_NOTICE));
            assertFalse(recording.threadCoresKnown(), "OSHI cannot tell a thread's core, even on Linux");
            PythonChild.await(
                    "a thread of the root",
                    Duration.ofSeconds(10),
                    () -> recording.threads().size() > 0);
            ThreadTrack any = recording.threads().get(0);
            int from = any.samples().size();
            long osCpuFrom = spin.cpuNs();
            PythonChild.await(
                    "1.5 s of samples",
                    Duration.ofSeconds(10),
                    () -> LinuxProcessTreeObserverTest.span(any, from) >= 1_500_000_000L);
            long osCpu = spin.cpuNs() - osCpuFrom;
            long onCpu = 0;
            for (ThreadTrack track : recording.threads()) {
                assertTrue(track.pid() == spin.pid());
                for (CpuSample sample : track.samples()) {
                    assertTrue(sample.core() == CpuSample.UNKNOWN_CORE);
                    if (sample.startNs() >= any.samples().get(from).startNs()) {
                        onCpu += sample.onCpuNs();
                    }
                }
            }
            // Compared with the OS's own count, not wall time: other builds may share the cores.
            assertEquals(osCpu, onCpu, 0.25 * osCpu + 60_000_000L, "observed vs OS process CPU");
            assertTrue(onCpu >= 20_000_000L, "did not run at all: " + onCpu);
        }
    }
}
