package processlab.run.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import processlab.recording.CoreLoadSample;
import processlab.recording.Recording;

class CoreLoadSamplerTest {

    private static final String SPIN =
            "import time\nprint('ready 1')\nt = time.time()\nwhile time.time() - t < 60: pass";

    @Test
    void samplesEveryCoreBetweenZeroAndOneAndSeesABusyProcess() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Recording recording = new Recording("cores", cores, true);
        try (PythonChild spin = new PythonChild(SPIN);
                CoreLoadSampler sampler = CoreLoadSampler.forThisPlatform(50)) {
            spin.awaitAnnounced("ready", Duration.ofSeconds(10));
            sampler.start(recording);
            assertTrue(sampler.thread().isDaemon());
            assertEquals("processlab-core-load", sampler.thread().getName());
            PythonChild.await(
                    "25 samples",
                    Duration.ofSeconds(10),
                    () -> recording.coreLoad().size() >= 25);

            assertTrue(sampler.coreCount() >= cores, sampler.coreCount() + " cores < " + cores);
            double sum = 0;
            long lastTime = -1;
            for (CoreLoadSample sample : recording.coreLoad()) {
                assertEquals(sampler.coreCount(), sample.load().length);
                for (double load : sample.load()) {
                    assertTrue(load >= 0 && load <= 1, "load " + load);
                }
                assertTrue(sample.timeNs() > lastTime);
                lastTime = sample.timeNs();
                sum += sample.total() * sample.load().length;
            }
            double averageBusyCores = sum / recording.coreLoad().size();
            // One spinning process keeps at least most of one core busy.
            assertTrue(averageBusyCores > 0.6, "average busy cores " + averageBusyCores);
        }
    }

    @Test
    void closeStopsTheThread() {
        CoreLoadSampler sampler = CoreLoadSampler.forThisPlatform();
        sampler.start(new Recording("x", 2, true));
        Thread thread = sampler.thread();
        sampler.close();
        assertFalse(thread.isAlive());
    }
}
