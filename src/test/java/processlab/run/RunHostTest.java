package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import processlab.run.process.ProcessGroups;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;

/** A host ends its own runs, and only those: the window closing ends the window's runs. */
@Timeout(60)
class RunHostTest {

    private static final Duration END = Duration.ofSeconds(20);
    private static final String SLEEPER = "import time\ntime.sleep(60)\n";

    @Test
    void stopAllEndsEveryRunOfTheHostAndNoOther() throws Exception {
        RunHost window = RunHost.create();
        RunHost other = RunHost.create();
        RunLimits limits = RunLimits.withTimeout(Duration.ofSeconds(50));
        RunSession first = RunSession.start(new RunSpec.PythonSource(SLEEPER, "a", limits), RunEnvironment.of(window));
        RunSession second = RunSession.start(new RunSpec.PythonSource(SLEEPER, "b", limits), RunEnvironment.of(window));
        RunSession elsewhere =
                RunSession.start(new RunSpec.PythonSource(SLEEPER, "c", limits), RunEnvironment.of(other));
        try {
            assertEquals(2, window.liveRuns());
            window.stopAll();
            assertEquals(StopReason.STOPPED, Waits.end(first, END).reason());
            assertEquals(StopReason.STOPPED, Waits.end(second, END).reason());
            assertEquals(0, window.liveRuns());
            assertTrue(elsewhere.isRunning(), "a run of another host was stopped");
            assertEquals(1, other.liveRuns());
        } finally {
            elsewhere.stop();
        }
        Waits.end(elsewhere, END);
        assertEquals(0, other.liveRuns());
    }

    @Test
    void eachHostHasOneGuardianStartedOnFirstUse() {
        Assumptions.assumeTrue(ProcessGroups.groupsSupported(), "process groups");
        RunHost a = RunHost.create();
        RunHost b = RunHost.create();
        assertSame(a.guardian(), a.guardian());
        assertNotSame(a.guardian(), b.guardian());
    }
}
