package processlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import processlab.recording.Recording;
import processlab.recording.ThreadTrack;
import processlab.run.observe.ProcessTreeObserver;

/**
 * {@code observer_overhead_pct}: the CPU the observer's own thread uses, as % of one core, while it follows
 * 16 busy threads at its default rate for about 3 s. Also {@code observer_rate_hz}: how many samples per
 * second a followed thread actually got (below the default rate when the machine is too loaded to wake the
 * observer on time, which also lowers the overhead figure), and {@code observer_overhead_at_default_rate_pct}:
 * the measured cost per tick scaled to the full default rate.
 */
public final class ObserverOverheadBenchmark implements Benchmark {

    private static final long WINDOW_NS = 3_000_000_000L;
    /** Discovery has found all 16 and the JIT has compiled the sampling loop: what a second run would see. */
    private static final long SETTLE_NS = 1_500_000_000L;

    @Override
    public List<BenchResult> run() throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Process spinners = BenchPython.start(BenchPython.SIXTEEN_SPINNERS);
        try (ProcessTreeObserver observer = ProcessTreeObserver.forThisPlatform()) {
            BenchPython.awaitFirstLine(spinners);
            Recording recording =
                    new Recording("observer overhead", Runtime.getRuntime().availableProcessors(), true);
            observer.start(spinners.pid(), recording);
            waitNanos(SETTLE_NS); // let discovery find all 16 and open their files
            long threadId = observer.thread().getId();
            ThreadTrack followed = recording.threads().get(recording.threads().size() - 1);
            int samplesBefore = followed.samples().size();
            long cpuBefore = mx.getThreadCpuTime(threadId);
            long wallBefore = System.nanoTime();
            waitNanos(WINDOW_NS);
            long cpu = mx.getThreadCpuTime(threadId) - cpuBefore;
            long wall = System.nanoTime() - wallBefore;
            int samples = followed.samples().size() - samplesBefore;
            double rate = samples * 1e9 / wall;
            double perTickNs = samples == 0 ? 0 : (double) cpu / samples;
            return List.of(
                    new BenchResult("observer_overhead_pct", round(100.0 * cpu / wall), "%"),
                    new BenchResult("observer_rate_hz", round(rate), "Hz"),
                    // What the overhead would be at the full default rate, when the machine let it tick that often.
                    new BenchResult(
                            "observer_overhead_at_default_rate_pct",
                            round(100.0 * perTickNs * ProcessTreeObserver.DEFAULT_HZ / 1e9),
                            "%"),
                    new BenchResult(
                            "observer_threads_followed", recording.threads().size(), "threads"));
        } finally {
            BenchPython.killTree(spinners);
        }
    }

    static void waitNanos(long nanos) {
        long end = System.nanoTime() + nanos;
        long left;
        while ((left = end - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
