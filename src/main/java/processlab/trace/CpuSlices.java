package processlab.trace;

import java.util.ArrayList;
import java.util.List;
import processlab.recording.CpuSample;

/**
 * Turns a thread's per-interval samples into on-CPU slices: the form a timeline draws and a trace stores.
 *
 * <p>Samples say how long a thread ran within each interval, not when. Placement: a run that continues an
 * open slice on the same core extends it (the thread kept running from where it was); any other run is
 * placed at the END of its interval (the thread woke up during the interval and was still running when read).
 * So consecutive busy intervals on one core become one slice and a partly busy interval becomes a slice as
 * long as its on-CPU time. The slices of a thread add up to its measured on-CPU time, plus the small gaps
 * (under {@link #CONTIGUOUS_TOLERANCE} of an interval) bridged to keep a busy thread's slice in one piece.
 */
public final class CpuSlices {

    /**
     * An open slice continues into the next interval when it ends within this share of the interval's
     * start: sampling jitter makes a busy thread's interval read 99.x% rather than 100%.
     */
    private static final double CONTIGUOUS_TOLERANCE = 0.05;

    private CpuSlices() {}

    public static List<CpuSlice> of(List<CpuSample> samples) {
        List<CpuSlice> slices = new ArrayList<>();
        long openStart = 0;
        long openEnd = Long.MIN_VALUE;
        int openCore = 0;
        boolean open = false;
        for (CpuSample sample : samples) {
            long length = sample.endNs() - sample.startNs();
            long run = Math.min(sample.onCpuNs(), Math.max(0, length));
            if (run <= 0) {
                continue;
            }
            long tolerance = (long) (length * CONTIGUOUS_TOLERANCE);
            if (open && openCore == sample.core() && openEnd >= sample.startNs() - tolerance) {
                openEnd = Math.min(Math.max(openEnd, sample.startNs()) + run, sample.endNs());
            } else {
                if (open) {
                    slices.add(new CpuSlice(openStart, openEnd, openCore));
                }
                openStart = sample.endNs() - run;
                openEnd = sample.endNs();
                openCore = sample.core();
                open = true;
            }
        }
        if (open) {
            slices.add(new CpuSlice(openStart, openEnd, openCore));
        }
        return slices;
    }
}
