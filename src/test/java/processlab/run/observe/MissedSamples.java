package processlab.run.observe;

/** Lets a test outside this package report missed samples, as a starved observer loop would. */
public final class MissedSamples {

    private MissedSamples() {}

    public static void report(long samples) {
        Lateness.missed(samples);
    }
}
