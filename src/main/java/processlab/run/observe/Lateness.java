package processlab.run.observe;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far behind the app has fallen since it started, because the machine did not give it the CPU in time: samples
 * its observers missed, and frames its window drew late. The app steps back for a live run ({@code RunPriority});
 * when that starves its own measuring or drawing, it steps back less.
 */
public final class Lateness {

    private static final AtomicLong MISSED = new AtomicLong();
    private static final AtomicLong LATE_FRAMES = new AtomicLong();

    private Lateness() {}

    /** Samples missed by every observer loop so far. */
    public static long missedSamples() {
        return MISSED.get();
    }

    static void missed(long samples) {
        MISSED.addAndGet(samples);
    }

    /** Frames the window drew late while a run was drawn live. */
    public static long lateFrames() {
        return LATE_FRAMES.get();
    }

    /** Said by the window when a frame came far later than it should have. */
    public static void frameLate() {
        LATE_FRAMES.incrementAndGet();
    }
}
