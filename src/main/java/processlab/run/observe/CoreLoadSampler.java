package processlab.run.observe;

import processlab.recording.CoreLoadSample;
import processlab.recording.Recording;

/**
 * Samples the load of every logical core of the whole machine into a {@link Recording}, on its own named
 * daemon thread, until closed. Each sample is the busy share of each core since the previous sample.
 *
 * <p>The OS counts in clock ticks (usually 10 ms), so at 20 Hz one interval holds about five ticks per core
 * and a single sample is coarse (steps of ~20%); averaged over a few samples it is exact.
 */
public final class CoreLoadSampler implements AutoCloseable {

    public static final int DEFAULT_HZ = 20;

    private final CoreTicks ticks;
    private final long periodNs;
    private long[] lastBusy;
    private long[] lastTotal;
    private long[] busy;
    private long[] total;
    private Recording recording;
    private PeriodicLoop loop;

    private CoreLoadSampler(CoreTicks ticks, int hz) {
        this.ticks = ticks;
        this.periodNs = 1_000_000_000L / hz;
    }

    /** {@code /proc/stat} on Linux, OSHI elsewhere. */
    public static CoreLoadSampler forThisPlatform(int hz) {
        if (hz < 1 || hz > 1_000) {
            throw new IllegalArgumentException("core load rate must be 1..1000 Hz, was " + hz);
        }
        return new CoreLoadSampler(CoreTicks.forThisPlatform(), hz);
    }

    public static CoreLoadSampler forThisPlatform() {
        return forThisPlatform(DEFAULT_HZ);
    }

    /** Logical cores this sampler reports (the length of every sample's load array). */
    public int coreCount() {
        return ticks.coreCount();
    }

    public synchronized void start(Recording recording) {
        if (loop != null) {
            throw new IllegalStateException("this sampler was already started");
        }
        this.recording = recording;
        int cores = ticks.coreCount();
        lastBusy = new long[cores];
        lastTotal = new long[cores];
        busy = new long[cores];
        total = new long[cores];
        ticks.read(lastBusy, lastTotal);
        loop = new PeriodicLoop("processlab-core-load", periodNs, this::tick, ticks::close);
        loop.start();
    }

    /** The sampler's thread, or null before {@link #start}. */
    public synchronized Thread thread() {
        return loop == null ? null : loop.thread();
    }

    private void tick() {
        if (!ticks.read(busy, total)) {
            return;
        }
        long now = recording.now();
        double[] load = new double[busy.length];
        for (int core = 0; core < load.length; core++) {
            long dt = total[core] - lastTotal[core];
            long db = busy[core] - lastBusy[core];
            load[core] = dt <= 0 ? 0 : Math.max(0, Math.min(1, (double) db / dt));
        }
        recording.addCoreLoad(new CoreLoadSample(now, load));
        long[] swap = lastBusy;
        lastBusy = busy;
        busy = swap;
        swap = lastTotal;
        lastTotal = total;
        total = swap;
    }

    @Override
    public synchronized void close() {
        if (loop != null) {
            loop.close(); // the loop's thread closes /proc/stat once its last tick is over
        } else {
            ticks.close();
        }
    }
}
