package processlab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import processlab.recording.CpuSample;
import processlab.recording.Recording;
import processlab.recording.ThreadTrack;

class RunSummaryTest {

    @Test
    void sumsWallCpuParallelismExitCodesAndTasks() {
        RunSummary summary = RunSummary.of(SyntheticRecordings.twoProcesses());
        assertEquals(2.0, summary.wallSeconds(), 1e-9);
        assertEquals(3.0, summary.cpuSeconds(), 1e-9); // 1 s + 2 s
        assertEquals(1.5, summary.averageParallelism(), 1e-9);
        assertEquals(Map.of(100L, OptionalInt.of(0), 101L, OptionalInt.of(-11)), summary.exitCodes());
        assertEquals(List.of(100L, 101L), List.copyOf(summary.exitCodes().keySet()), "order of appearance");
        assertEquals(OptionalInt.of(0), summary.rootExitCode());
        assertEquals(2, summary.processCount());
        assertEquals(3, summary.threadCount());
        assertEquals(3, summary.taskCount());
        String text = summary.toText();
        assertTrue(text.startsWith("wall 2.000 s, CPU 3.000 s, average parallelism 1.50"), text);
        assertTrue(text.contains("pid 101 exit -11 (killed by signal 11)"), text);
    }

    @Test
    void aRunningRecordingIsMeasuredToItsLatestSample() {
        Recording r = new Recording("live", 0, 2, true, 10);
        r.processStarted(7, 1, "x", 0);
        ThreadTrack t = r.thread(7, 7, "x", 0);
        r.addCpuSample(t, new CpuSample(0, 500_000_000, 250_000_000, 0, 'R'));
        RunSummary summary = RunSummary.of(r);
        assertEquals(0.5, summary.wallSeconds(), 1e-9);
        assertEquals(0.5, summary.averageParallelism(), 1e-9);
        assertEquals(OptionalInt.empty(), summary.exitCodes().get(7L));
        assertTrue(summary.toText().contains("pid 7 exit unknown"));
    }

    @Test
    void speedUpIsBaselineWallOverRunWall() {
        RunSummary one = new RunSummary(
                "1 worker", 8.0, 8.0, 1.0, Map.of(), 1, 1, 4, OptionalDouble.empty(), OptionalDouble.empty());
        RunSummary four = new RunSummary(
                "4 workers", 2.5, 9.0, 3.6, Map.of(), 5, 5, 4, OptionalDouble.empty(), OptionalDouble.empty());
        assertEquals(3.2, RunSummary.speedUp(one, four), 1e-9);
        assertTrue(Double.isNaN(RunSummary.speedUp(
                one,
                new RunSummary("empty", 0, 0, 0, Map.of(), 0, 0, 0, OptionalDouble.empty(), OptionalDouble.empty()))));
    }
}
