package processlab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import processlab.recording.CpuSample;

class CpuSlicesTest {

    private static final long MS = 1_000_000;

    private static CpuSample sample(int index, long onCpuMs, int core) {
        return new CpuSample(index * 10 * MS, (index + 1) * 10 * MS, onCpuMs * MS, core, onCpuMs > 0 ? 'R' : 'S');
    }

    @Test
    void consecutiveBusyIntervalsOnOneCoreBecomeOneSlice() {
        List<CpuSlice> slices = CpuSlices.of(List.of(sample(0, 10, 1), sample(1, 10, 1), sample(2, 10, 1)));
        assertEquals(List.of(new CpuSlice(0, 30 * MS, 1)), slices);
    }

    @Test
    void aCoreChangeOrAnIdleIntervalStartsANewSlice() {
        List<CpuSlice> slices =
                CpuSlices.of(List.of(sample(0, 10, 0), sample(1, 10, 1), sample(2, 0, 1), sample(3, 10, 1)));
        assertEquals(
                List.of(
                        new CpuSlice(0, 10 * MS, 0),
                        new CpuSlice(10 * MS, 20 * MS, 1),
                        new CpuSlice(30 * MS, 40 * MS, 1)),
                slices);
    }

    @Test
    void aPartlyBusyIntervalIsASliceAsLongAsItsOnCpuTime() {
        // After idle: placed at the end of its interval, and continued by the next busy one.
        // After busy: continues the open slice, then the thread stopped.
        List<CpuSlice> slices = CpuSlices.of(List.of(
                sample(0, 0, 0), sample(1, 4, 0), sample(2, 10, 0), sample(3, 3, 0), sample(4, 0, 0), sample(5, 2, 1)));
        assertEquals(List.of(new CpuSlice(16 * MS, 33 * MS, 0), new CpuSlice(58 * MS, 60 * MS, 1)), slices);
    }

    @Test
    void aBusyThreadReadSlightlyShortStaysOneSliceOfAboutItsOnCpuTime() {
        List<CpuSample> samples = new java.util.ArrayList<>();
        long onCpu = 0;
        for (int i = 0; i < 100; i++) {
            long run = 10 * MS - (i % 3) * 100_000; // jitter: 9.8..10 ms per 10 ms interval
            samples.add(new CpuSample(i * 10 * MS, (i + 1) * 10 * MS, run, 0, 'R'));
            onCpu += run;
        }
        List<CpuSlice> slices = CpuSlices.of(samples);
        assertEquals(1, slices.size(), "jitter must not cut a busy thread's slice");
        long total = slices.stream().mapToLong(CpuSlice::durationNs).sum();
        assertEquals(onCpu, total, onCpu * 0.02);
    }
}
