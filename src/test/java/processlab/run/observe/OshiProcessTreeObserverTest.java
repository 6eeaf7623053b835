package processlab.run.observe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import processlab.run.CpuSample;
import processlab.run.Recording;
import processlab.run.ThreadTrack;

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
        Recording recording = new Recording("oshi", 2, false);
        try (PythonChild spin = new PythonChild(SPIN);
             ProcessTreeObserver observer = new OshiProcessTreeObserver(100)) {
            spin.awaitAnnounced("ready", Duration.ofSeconds(10));
            observer.start(spin.pid(), recording);
            assertTrue(recording.notices().contains(OshiProcessTreeObserver.NO_CORE_NOTICE));
            PythonChild.await("a thread of the root", Duration.ofSeconds(10), () -> recording.threads().size() > 0);
            ThreadTrack any = recording.threads().get(0);
            PythonChild.await("a second of samples", Duration.ofSeconds(10),
                    () -> LinuxProcessTreeObserverTest.span(any, 0) >= 1_000_000_000L);
            long span = LinuxProcessTreeObserverTest.span(any, 0);
            long onCpu = 0;
            for (ThreadTrack track : recording.threads()) {
                assertTrue(track.pid() == spin.pid());
                onCpu += LinuxProcessTreeObserverTest.onCpu(track, 0);
                for (CpuSample sample : track.samples()) {
                    assertTrue(sample.core() == CpuSample.UNKNOWN_CORE);
                }
            }
            assertTrue((double) onCpu / span > 0.4, "spinning process on CPU " + (double) onCpu / span);
        }
    }
}
