package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The app's own CPU use, as the OS reports it: a busy thread shows, an idle wait does not. */
class OwnCpuTest {

    /**
     * A thread that uses 0.4 s of CPU shows as at least that in the process's count, and the count shares it out
     * over the wall time as cores. The truth is the thread's own CPU clock, so a busy machine (which slows the
     * spinner down) cannot fail the test.
     */
    @Test
    void aSpinningThreadsCpuTimeShowsInTheProcesssCount() throws Exception {
        OwnCpu start = OwnCpu.now();
        long[] spun = new long[1];
        Thread spinner = new Thread(
                () -> {
                    java.lang.management.ThreadMXBean threads =
                            java.lang.management.ManagementFactory.getThreadMXBean();
                    long deadline = System.nanoTime() + 20_000_000_000L;
                    long sink = 0;
                    while (threads.getCurrentThreadCpuTime() < 400_000_000L && System.nanoTime() < deadline) {
                        sink += System.nanoTime() % 7;
                    }
                    spun[0] = threads.getCurrentThreadCpuTime();
                    assertTrue(sink >= 0);
                },
                "own-cpu-test-spinner");
        spinner.start();
        spinner.join();
        OwnCpu end = OwnCpu.now();
        OptionalDouble cores = end.coresSince(start);
        assertTrue(cores.isPresent(), "Linux reports the process's CPU time");
        double cpuSeconds = cores.getAsDouble() * (end.wallNanos() - start.wallNanos()) / 1e9;
        // At least the spinner's CPU; JIT and GC threads add a little, not seconds.
        assertTrue(
                cpuSeconds >= 0.95 * spun[0] / 1e9 && cpuSeconds < spun[0] / 1e9 + 1.0,
                "process CPU " + cpuSeconds + " s, the spinner's own " + spun[0] / 1e9 + " s");
    }

    @Test
    void unknownCpuTimeGivesNoFigure() {
        OwnCpu start = new OwnCpu(-1, 0);
        assertEquals(OptionalDouble.empty(), new OwnCpu(5_000_000, 1_000_000_000).coresSince(start));
        assertEquals(OptionalDouble.of(0.5), new OwnCpu(500, 1000).coresSince(new OwnCpu(0, 0)));
    }
}
