package processlab.cli.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import processlab.run.Recording;
import processlab.run.observe.CoreLoadSampler;
import processlab.run.observe.ProcessTreeObserver;

/**
 * {@code observer_slowdown_ratio}: wall time of a fixed CPU-bound Python workload (counting primes in two
 * processes) traced (observer at its default rate plus the core sampler) ÷ untraced. Runs alternate, and
 * the best of each is compared, so a burst of load from elsewhere does not land on one side only.
 */
public final class ObserverSlowdownBenchmark implements Benchmark {

    private static final int ROUNDS = 4;
    private static final String SIZE = "200000";

    @Override
    public List<BenchResult> run() throws Exception {
        long bestPlain = Long.MAX_VALUE;
        long bestTraced = Long.MAX_VALUE;
        runOnce(false); // warm the file cache and the interpreter
        for (int round = 0; round < ROUNDS; round++) {
            bestPlain = Math.min(bestPlain, runOnce(false));
            bestTraced = Math.min(bestTraced, runOnce(true));
        }
        return List.of(
                new BenchResult("observer_slowdown_ratio", ObserverOverheadBenchmark.round((double) bestTraced / bestPlain), "ratio"),
                new BenchResult("observer_slowdown_untraced_s", ObserverOverheadBenchmark.round(bestPlain / 1e9), "s"));
    }

    private static long runOnce(boolean traced) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process python = BenchPython.start(BenchPython.COUNT_PRIMES_TWO_PROCESSES, SIZE);
        ProcessTreeObserver observer = traced ? ProcessTreeObserver.forThisPlatform() : null;
        CoreLoadSampler sampler = traced ? CoreLoadSampler.forThisPlatform() : null;
        try {
            if (traced) {
                Recording recording = new Recording("slowdown", Runtime.getRuntime().availableProcessors(), true);
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
