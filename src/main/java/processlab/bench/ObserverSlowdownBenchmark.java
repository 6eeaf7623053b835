package processlab.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import processlab.recording.Recording;
import processlab.run.observe.CoreLoadSampler;
import processlab.run.observe.ProcessTreeObserver;

/**
 * {@code observer_slowdown_ratio}: wall time of a fixed CPU-bound Python workload (counting primes in two
 * processes) traced (observer at its default rate plus the core sampler) ÷ untraced. Runs alternate in
 * pairs and the median of the pairs' ratios is reported, so a burst of load from elsewhere moves one pair,
 * not the figure; the best-of ratio is printed too.
 */
public final class ObserverSlowdownBenchmark implements Benchmark {

    private static final int ROUNDS = 5;
    private static final String SIZE = "300000";

    @Override
    public List<BenchResult> run() throws Exception {
        long bestPlain = Long.MAX_VALUE;
        long bestTraced = Long.MAX_VALUE;
        double[] ratios = new double[ROUNDS];
        runOnce(false); // warm the file cache and the interpreter
        for (int round = 0; round < ROUNDS; round++) {
            long plain = runOnce(false);
            long traced = runOnce(true);
            ratios[round] = (double) traced / plain;
            bestPlain = Math.min(bestPlain, plain);
            bestTraced = Math.min(bestTraced, traced);
        }
        java.util.Arrays.sort(ratios);
        return List.of(
                new BenchResult(
                        "observer_slowdown_ratio", ObserverOverheadBenchmark.round(ratios[ROUNDS / 2]), "ratio"),
                new BenchResult(
                        "observer_slowdown_best_of_ratio",
                        ObserverOverheadBenchmark.round((double) bestTraced / bestPlain),
                        "ratio"),
                new BenchResult("observer_slowdown_untraced_s", ObserverOverheadBenchmark.round(bestPlain / 1e9), "s"));
    }

    private static long runOnce(boolean traced) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process python = BenchPython.start(BenchPython.countPrimesTwoProcesses(), SIZE);
        ProcessTreeObserver observer = traced ? ProcessTreeObserver.forThisPlatform() : null;
        CoreLoadSampler sampler = traced ? CoreLoadSampler.forThisPlatform() : null;
        try {
            if (traced) {
                Recording recording =
                        new Recording("slowdown", Runtime.getRuntime().availableProcessors(), true);
                observer.start(python.pid(), recording);
                sampler.start(recording);
            }
            python.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (!python.waitFor(120, TimeUnit.SECONDS) || python.exitValue() != 0) {
                throw new IOException("the prime-counting workload failed");
            }
            return System.nanoTime() - start;
        } finally {
            if (observer != null) {
                observer.close();
                sampler.close();
            }
            BenchPython.killTree(python);
        }
    }
}
