package processlab.run.observe;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import processlab.recording.CpuSample;
import processlab.recording.Recording;
import processlab.recording.ThreadTrack;
import processlab.run.StatLine;

/**
 * The observer samples every thread at its full rate while few want a core, and less often when many do (each
 * sample reads a file per thread): 40 threads spinning at once are sampled about every 30 ms instead of 10, and
 * still lose no CPU time. Read back from what the Linux observer recorded of real threads.
 *
 * <p>The observer follows a plain child JVM here, not a run: while a run is live the app steps back (see
 * RunPriorityTest), and 40 spinners on a loaded 2-core CI machine then starved the observer of its turns, which
 * is not what this test is about.
 */
@Timeout(120)
class ObserverRateTest {

    private static final String SPIN = """
            public class Spin {
                public static void main(String[] a) throws Exception {
                    int n = Integer.parseInt(a[0]);
                    System.out.println("ready");
                    new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
                    long end = System.nanoTime() + 3_000_000_000L;
                    Thread[] t = new Thread[n];
                    for (int i = 0; i < n; i++) {
                        t[i] = new Thread(() -> { long x = 0; while (System.nanoTime() < end) { x++; }
                            if (x == 42) System.out.println(x); }, "spinner-" + i);
                        t[i].start();
                    }
                    for (Thread th : t) th.join();
                    System.out.println("done");
                    Thread.sleep(60_000);
                }
            }
            """;

    @TempDir
    Path dir;

    /** What the observer recorded of the spin, and the CPU the kernel counted for the JVM meanwhile. */
    private record Spun(Recording recording, long kernelCpuNs) {}

    @Test
    void fewBusyThreadsAreSampledAtTheFullRate() throws Exception {
        Recording recording = spin(2).recording();
        double median = medianSampleMs(recording);
        assertTrue(median >= 8 && median <= 14, "median sample of 2 spinning threads: " + median + " ms");
    }

    @Test
    void manyBusyThreadsAreSampledLessOftenWithNoCpuLost() throws Exception {
        Spun spun = spin(40);
        double median = medianSampleMs(spun.recording());
        // About 30 ms on a quiet machine; more when other builds share the cores (each sample still holds all
        // the CPU since the one before, which the second half checks).
        assertTrue(median >= 22 && median <= 90, "median sample of 40 spinning threads: " + median + " ms");
        double sampledS = 0;
        for (ThreadTrack thread : spun.recording().threads()) {
            for (CpuSample sample : thread.samples()) {
                sampledS += sample.onCpuNs() / 1e9;
            }
        }
        double kernelS = spun.kernelCpuNs() / 1e9;
        assertTrue(
                sampledS > 0.8 * kernelS && sampledS <= kernelS * 1.05,
                "sampled " + sampledS + " s of the " + kernelS + " s the kernel counted");
    }

    /**
     * A child JVM whose {@code threads} threads named spinner-N spin for 3 s at once, followed from before they
     * start until after they end; the kernel's count is the JVM's CPU over the same stretch.
     */
    private Spun spin(int threads) throws Exception {
        assumeTrue(LinuxProcessTreeObserver.isSupported(), "the /proc observer");
        Path source = dir.resolve("Spin.java");
        Files.writeString(source, SPIN);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, source.toString(), Integer.toString(threads))
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                OutputStream in = child.getOutputStream();
                ProcessTreeObserver observer = ProcessTreeObserver.forThisPlatform()) {
            awaitLine(out, "ready");
            Recording recording = new Recording("spin", Runtime.getRuntime().availableProcessors(), true);
            long cpuBefore = cpuNs(child.pid());
            observer.start(child.pid(), recording);
            in.write("go\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            awaitLine(out, "done");
            long cpuAfter = cpuNs(child.pid());
            observer.close();
            return new Spun(recording, cpuAfter - cpuBefore);
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void awaitLine(BufferedReader out, String wanted) throws IOException {
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.trim().equals(wanted)) {
                return;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the spinning JVM ended before '" + wanted + "':\n" + seen);
    }

    private static long cpuNs(long pid) throws IOException {
        return StatLine.nanos(
                Files.readString(Path.of("/proc", Long.toString(pid), "stat")), StatLine.UTIME, StatLine.STIME);
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
