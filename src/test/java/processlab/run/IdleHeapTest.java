package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import processlab.run.spec.RunSpec;

/** Once a run that flooded its output has ended, an idle app gives back the heap the flood made it grow. */
@Timeout(30)
class IdleHeapTest {

    @Test
    void aFloodSwitchesOnThePeriodicCollection() throws Exception {
        RunSession session = RunSession.start(
                RunSpec.PythonSource.of("import sys\nsys.stdout.write('x' * " + (IdleHeap.FLOOD_BYTES + 1) + ")\n"),
                TestRuns.environment().withMonitors(RunMonitor.NONE));
        Waits.end(session, Duration.ofSeconds(20));
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        Waits.until(
                Duration.ofSeconds(5),
                () -> !"0".equals(hotspot.getVMOption("G1PeriodicGCInterval").getValue()),
                () -> "still off");
        assertEquals(
                Long.toString(IdleHeap.INTERVAL_MS),
                hotspot.getVMOption("G1PeriodicGCInterval").getValue());
        assertEquals(
                Integer.toString(IdleHeap.MAX_FREE_PERCENT),
                hotspot.getVMOption("MaxHeapFreeRatio").getValue());
    }
}
