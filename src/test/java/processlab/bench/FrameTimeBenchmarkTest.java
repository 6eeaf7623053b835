package processlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrameTimeBenchmarkTest {

    @Test
    void percentileIsNearestRank() {
        double[] sorted = new double[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(99, FrameTimeBenchmark.percentile(sorted, 0.99));
        assertEquals(50, FrameTimeBenchmark.percentile(sorted, 0.5));
    }
}
