package processlab.run.observe;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many samples the observers have missed since the app started, because the machine did not give them the
 * CPU in time. The app steps back for a live run ({@code RunPriority}); when that starves its own measuring, it
 * stops stepping back, since a run that is not observed is worth nothing.
 */
public final class Lateness {

    private static final AtomicLong MISSED = new AtomicLong();

    private Lateness() {
    }

    /** Samples missed by every observer loop so far. */
    public static long missedSamples() {
        return MISSED.get();
    }

    static void missed(long samples) {
        MISSED.addAndGet(samples);
    }
}
