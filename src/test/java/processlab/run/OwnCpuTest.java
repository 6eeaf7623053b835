package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/** The app's own CPU use, as the OS reports it: a busy thread shows, an idle wait does not. */
class OwnCpuTest {

    @Test
    void aThreadSpinningForHalfASecondShowsAsAboutHalfACoreOverASecond() throws Exception {
        OwnCpu start = OwnCpu.now();
        Thread spinner = new Thread(() -> {
            long end = System.nanoTime() + 500_000_000L;
            long sink = 0;
            while (System.nanoTime() < end) {
                sink += System.nanoTime() % 7;
            }
            assertTrue(sink >= 0);
        }, "own-cpu-test-spinner");
        spinner.start();
        spinner.join();
        Thread.sleep(500); // a second in all, half of it idle
        OptionalDouble cores = OwnCpu.now().coresSince(start);
        assertTrue(cores.isPresent(), "Linux reports the process's CPU time");
        // At least the spinner's half second of CPU over ~1 s; JIT and GC threads add a little.
        assertTrue(cores.getAsDouble() > 0.4 && cores.getAsDouble() < 1.6, "cores: " + cores.getAsDouble());
    }

    @Test
    void unknownCpuTimeGivesNoFigure() {
        OwnCpu start = new OwnCpu(-1, 0);
        assertEquals(OptionalDouble.empty(), new OwnCpu(5_000_000, 1_000_000_000).coresSince(start));
        assertEquals(OptionalDouble.of(0.5), new OwnCpu(500, 1000).coresSince(new OwnCpu(0, 0)));
    }
}
