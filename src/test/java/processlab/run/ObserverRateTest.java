package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import processlab.recording.CpuSample;
import processlab.recording.Recording;
import processlab.recording.ThreadTrack;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;
import processlab.util.OperatingSystem;

/**
 * The observer samples every thread at its full rate while few want a core, and less often when many do (each
 * sample reads a file per thread): 40 threads spinning at once are sampled about every 30 ms instead of 10, and
 * still lose no CPU time. Read back from what the Linux observer recorded of real threads.
 */
@Timeout(120)
class ObserverRateTest {

    @Test
    void fewBusyThreadsAreSampledAtTheFullRate() throws Exception {
        Recording recording = spin(2);
        double median = medianSampleMs(recording);
        assertTrue(median >= 8 && median <= 14, "median sample of 2 spinning threads: " + median + " ms");
    }

    @Test
    void manyBusyThreadsAreSampledLessOftenWithNoCpuLost() throws Exception {
        Recording recording = spin(40);
        double median = medianSampleMs(recording);
        // About 30 ms on a quiet machine. The upper bound is loose: 40 spinners at normal priority on a loaded 2-core
        // CI
        // machine delay the observer, which steps back while a run is live (its samples then grow, and still hold
        // all the CPU; the second half of this test checks that).
        assertTrue(median >= 22 && median <= 90, "median sample of 40 spinning threads: " + median + " ms");
        // What the samples add up to is what the kernel counted for the process, less what ran before the
        // observer first looked and after its last sample (the JVM's start and exit).
        double sampledS = 0;
        for (ThreadTrack thread : recording.threads()) {
            for (CpuSample sample : thread.samples()) {
                sampledS += sample.onCpuNs() / 1e9;
            }
        }
        assumeTrue(recording.accounting().reapedCpuNanos().isPresent(), "the kernel's count of the run");
        double reapedS = recording.accounting().reapedCpuNanos().getAsLong() / 1e9;
        assertTrue(
                sampledS > 0.8 * reapedS && sampledS <= reapedS * 1.02,
                "sampled " + sampledS + " s of the " + reapedS + " s the kernel counted");
    }

    /** A Java program whose {@code threads} threads named spinner-N spin for 3 s at once. */
    private static Recording spin(int threads) throws Exception {
        assumeTrue(OperatingSystem.isLinux(), "the /proc observer");
        String source = "public class Spin { public static void main(String[] a) throws Exception {"
                + " long end = System.nanoTime() + 3_000_000_000L; Thread[] t = new Thread[" + threads + "];"
                + " for (int i = 0; i < t.length; i++) { t[i] = new Thread(() -> { long x = 0;"
                + " while (System.nanoTime() < end) { x++; } if (x == 42) System.out.println(x); }, \"spinner-\" + i);"
                + " t[i].start(); } for (Thread th : t) th.join(); } }";
        RunSession session = TestRuns.start(new RunSpec.JavaSource(source, "Spin", RunLimits.DEFAULT));
        RunResult result = Waits.end(session, Duration.ofSeconds(90));
        assertEquals(OptionalInt.of(0), result.exitCode(), Waits.output(session.recording()));
        return session.recording();
    }

    /** The median length of the spinner threads' samples, first and last of each left out (partial). */
    private static double medianSampleMs(Recording recording) {
        List<Double> lengths = new ArrayList<>();
        for (ThreadTrack thread : recording.threads()) {
            if (!thread.name().startsWith("spinner-")) {
                continue;
            }
            var samples = thread.samples();
            for (int i = 1; i < samples.size() - 1; i++) {
                CpuSample sample = samples.get(i);
                lengths.add((sample.endNs() - sample.startNs()) / 1e6);
            }
        }
        assertTrue(lengths.size() > 20, "spinner samples: " + lengths.size());
        Collections.sort(lengths);
        return lengths.get(lengths.size() / 2);
    }
}
