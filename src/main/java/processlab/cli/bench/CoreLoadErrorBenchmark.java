package processlab.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import processlab.run.CoreLoadSample;
import processlab.run.Recording;
import processlab.run.observe.CoreLoadSampler;

/**
 * {@code core_load_error_pct}: the core sampler's per-core load against an independent reading of
 * {@code /proc/stat} (a separate, plain parser) over the same windows, as the mean absolute difference in
 * percentage points, while a Python process switches between busy and idle to make the load vary.
 *
 * <p>Each window starts and ends right after a sampler sample lands, so both cover the same time.
 */
public final class CoreLoadErrorBenchmark implements Benchmark {

    private static final int WINDOWS = 8;
    /** Sampler samples per window (20 Hz → 0.4 s windows). */
    private static final int SAMPLES_PER_WINDOW = 8;

    private static final String VARYING_LOAD = """
            import os, time
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
            awaitSamples(recording, 2);
            int from = recording.coreLoad().size();
            long[][] before = readProcStat(procStat);
            double absoluteErrorSum = 0;
            int compared = 0;
            for (int w = 0; w < WINDOWS; w++) {
                awaitSamples(recording, from + SAMPLES_PER_WINDOW);
                long[][] after = readProcStat(procStat);
                int to = from + SAMPLES_PER_WINDOW;
                for (int core = 0; core < sampler.coreCount(); core++) {
                    double independent = share(before, after, core);
                    double sampled = weightedMean(recording, from, to, core);
                    absoluteErrorSum += Math.abs(independent - sampled) * 100;
                    compared++;
                }
                before = after;
                from = to;
            }
            return List.of(new BenchResult("core_load_error_pct",
                    ObserverOverheadBenchmark.round(absoluteErrorSum / compared), "points"));
        } finally {
            BenchPython.killTree(load);
        }
    }

    private static void awaitSamples(Recording recording, int count) throws IOException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (recording.coreLoad().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the core sampler stopped delivering samples");
            }
            LockSupport.parkNanos(200_000); // poll finely: the reading must follow the sample closely
        }
    }

    /** Mean load of samples {@code from..to-1}, each weighted by its interval (time since the previous). */
    private static double weightedMean(Recording recording, int from, int to, int core) {
        double sum = 0;
        long total = 0;
        for (int i = from; i < to; i++) {
            CoreLoadSample sample = recording.coreLoad().get(i);
            long length = sample.timeNs() - recording.coreLoad().get(i - 1).timeNs();
            sum += sample.load()[core] * length;
            total += length;
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
