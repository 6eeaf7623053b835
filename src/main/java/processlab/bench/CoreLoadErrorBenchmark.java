package processlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import processlab.recording.CoreLoadSample;
import processlab.recording.Recording;
import processlab.run.observe.CoreLoadSampler;

/**
 * {@code core_load_error_pct}: the core sampler's per-core load against an independent reading of
 * {@code /proc/stat} (a separate, plain parser, on its own 0.5 s schedule) over the same windows, as the mean
 * absolute difference in percentage points, while a Python process switches between busy and idle so the load
 * varies. For each window the sampler's samples are averaged weighted by how much of each sample's interval
 * falls inside the window, as a reader of the recording would: the error includes the sampler's timing.
 */
public final class CoreLoadErrorBenchmark implements Benchmark {

    private static final int WINDOWS = 8;
    private static final long WINDOW_NS = 500_000_000L;

    private static final String VARYING_LOAD = """
            import time
            print("ready", flush=True)
            end = time.time() + 30
            busy = True
            while time.time() < end:
                t = time.time()
                while busy and time.time() - t < 0.15:
                    pass
                if not busy:
                    time.sleep(0.1)
                busy = not busy
            """;

    @Override
    public List<BenchResult> run() throws Exception {
        Path procStat = Path.of("/proc/stat");
        if (!Files.isReadable(procStat)) {
            return List.of(); // no independent reading to compare with on this OS
        }
        Process load = BenchPython.start(VARYING_LOAD);
        try (CoreLoadSampler sampler = CoreLoadSampler.forThisPlatform()) {
            BenchPython.awaitFirstLine(load);
            Recording recording = new Recording("core load", sampler.coreCount(), true);
            sampler.start(recording);
            ObserverOverheadBenchmark.waitNanos(WINDOW_NS / 2);
            long[][] before = readProcStat(procStat);
            long windowStart = recording.now();
            List<long[][]> readings = new ArrayList<>();
            List<long[]> windows = new ArrayList<>();
            for (int w = 0; w < WINDOWS; w++) {
                ObserverOverheadBenchmark.waitNanos(WINDOW_NS);
                long[][] after = readProcStat(procStat);
                long windowEnd = recording.now();
                readings.add(before);
                readings.add(after);
                windows.add(new long[] {windowStart, windowEnd});
                before = after;
                windowStart = windowEnd;
            }
            awaitSampleAfter(recording, windowStart); // the last window's samples must have arrived
            double absoluteErrorSum = 0;
            int compared = 0;
            for (int w = 0; w < WINDOWS; w++) {
                for (int core = 0; core < sampler.coreCount(); core++) {
                    double independent = share(readings.get(2 * w), readings.get(2 * w + 1), core);
                    double sampled = overlapMean(recording, windows.get(w)[0], windows.get(w)[1], core);
                    absoluteErrorSum += Math.abs(independent - sampled) * 100;
                    compared++;
                }
            }
            return List.of(new BenchResult(
                    "core_load_error_pct", ObserverOverheadBenchmark.round(absoluteErrorSum / compared), "points"));
        } finally {
            BenchPython.killTree(load);
        }
    }

    private static void awaitSampleAfter(Recording recording, long timeNs) throws IOException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (recording.coreLoad().isEmpty() || recording.coreLoad().last().timeNs() < timeNs) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the core sampler stopped delivering samples");
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    /** Mean load over [from, to]: each sample (covering the time since the previous) weighted by its overlap. */
    private static double overlapMean(Recording recording, long from, long to, int core) {
        double sum = 0;
        long total = 0;
        for (int i = 1; i < recording.coreLoad().size(); i++) {
            CoreLoadSample sample = recording.coreLoad().get(i);
            long start = recording.coreLoad().get(i - 1).timeNs();
            long overlap = Math.min(to, sample.timeNs()) - Math.max(from, start);
            if (overlap > 0) {
                sum += sample.load()[core] * overlap;
                total += overlap;
            }
        }
        return total == 0 ? 0 : sum / total;
    }

    private static double share(long[][] before, long[][] after, int core) {
        long total = after[core][1] - before[core][1];
        return total <= 0 ? 0 : (double) (after[core][0] - before[core][0]) / total;
    }

    /** Per core {busy, total} ticks, parsed the plain way (not the sampler's parser). */
    private static long[][] readProcStat(Path procStat) throws IOException {
        List<long[]> cores = new ArrayList<>();
        for (String line : Files.readAllLines(procStat)) {
            if (!line.startsWith("cpu") || line.startsWith("cpu ")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            int core = Integer.parseInt(f[0].substring(3));
            long total = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            while (cores.size() <= core) {
                cores.add(new long[2]);
            }
            cores.set(core, new long[] {total - idle, total});
        }
        return cores.toArray(new long[0][]);
    }
}
