package processlab.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import processlab.recording.AppendLog;
import processlab.recording.CpuSample;

/** Merges one thread's samples in a window into CPU blocks and waiting lines, at most a few per pixel. */
final class LaneBuilder {

    /** Neighbouring samples on the same core merge while their busy shares differ by less than this. */
    private static final double BUSY_TOLERANCE = 0.3;
    /** Samples narrower than this many pixels always merge with their neighbour on the same core. */
    private static final double MERGE_BELOW_PX = 4;

    final List<TimelineFrame.CpuBlock> blocks = new ArrayList<>();
    final List<TimelineFrame.WaitLine> waits = new ArrayList<>();
    boolean unknownCoreSeen;

    private final TimeWindow window;
    private final double left;
    private final double width;

    private boolean open;
    private int core;
    private long startNs;
    private long endNs;
    private long onCpuNs;
    /** On-CPU ns per core (index core + 1, so the unknown core fits) of the open block: its colour is the top one. */
    private long[] coreNs = new long[8];

    private double waitX0 = Double.NaN;
    private double waitX1;

    LaneBuilder(TimeWindow window, double left, double width) {
        this.window = window;
        this.left = left;
        this.width = width;
    }

    void addSamples(AppendLog<CpuSample> samples) {
        int n = samples.size();
        for (int i = firstInWindow(samples, n); i < n; i++) {
            CpuSample sample = samples.get(i);
            if (sample.startNs() > window.endNs()) {
                break;
            }
            add(sample);
        }
        flushBlock();
        flushWait();
    }

    /** Samples are in time order, so the first one ending inside the window is found by bisection. */
    private int firstInWindow(AppendLog<CpuSample> samples, int n) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (samples.get(mid).endNs() < window.startNs()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void add(CpuSample sample) {
        if (sample.core() < 0 && sample.onCpuNs() > 0) {
            unknownCoreSeen = true;
        }
        if (sample.busyFraction() < TimelineLayout.WAITING_BELOW) {
            flushBlock();
            double x0 = x(sample.startNs());
            double x1 = x(sample.endNs());
            if (!Double.isNaN(waitX0) && x0 <= waitX1 + 1) {
                waitX1 = x1;
            } else {
                flushWait();
                waitX0 = x0;
                waitX1 = x1;
            }
            return;
        }
        flushWait();
        if (open && canMerge(sample)) {
            endNs = sample.endNs();
            onCpuNs += sample.onCpuNs();
            countCore(sample);
            return;
        }
        flushBlock();
        open = true;
        core = sample.core();
        startNs = sample.startNs();
        endNs = sample.endNs();
        onCpuNs = sample.onCpuNs();
        Arrays.fill(coreNs, 0);
        countCore(sample);
    }

    private void countCore(CpuSample sample) {
        int index = Math.max(0, sample.core() + 1);
        if (index >= coreNs.length) {
            coreNs = Arrays.copyOf(coreNs, Math.max(index + 1, coreNs.length * 2));
        }
        coreNs[index] += sample.onCpuNs();
    }

    private int dominantCore() {
        int best = 0;
        for (int i = 1; i < coreNs.length; i++) {
            if (coreNs[i] > coreNs[best]) {
                best = i;
            }
        }
        return best - 1;
    }

    private boolean canMerge(CpuSample sample) {
        if (x(sample.startNs()) > x(endNs) + 1) {
            return false;
        }
        double blockPx = x(endNs) - x(startNs);
        double samplePx = x(sample.endNs()) - x(sample.startNs());
        if (blockPx < MERGE_BELOW_PX && samplePx < MERGE_BELOW_PX) {
            // Too thin to see apart: one block coloured by the core that got most of the time.
            return true;
        }
        return sample.core() == core && Math.abs(sample.busyFraction() - busy()) < BUSY_TOLERANCE;
    }

    private double busy() {
        long length = endNs - startNs;
        return length <= 0 ? 0 : Math.min(1.0, (double) onCpuNs / length);
    }

    private void flushBlock() {
        if (!open) {
            return;
        }
        open = false;
        double x0 = x(startNs);
        double x1 = Math.max(x(endNs), x0 + 1);
        int shownCore = dominantCore();
        blocks.add(
                new TimelineFrame.CpuBlock(x0, x1, startNs, endNs, busy(), shownCore, CorePalette.colorOf(shownCore)));
    }

    private void flushWait() {
        if (!Double.isNaN(waitX0)) {
            waits.add(new TimelineFrame.WaitLine(waitX0, waitX1));
            waitX0 = Double.NaN;
        }
    }

    private double x(long timeNs) {
        return TimelineLayout.clampX(window.toX(timeNs, left, width), left, width);
    }
}
