package processlab.recording;

/**
 * What one thread did during one observer interval.
 *
 * @param startNs  interval start, ns since the run began
 * @param endNs    interval end
 * @param onCpuNs  nanoseconds the thread spent on a CPU within the interval (0..endNs-startNs, from schedstat
 *                 on Linux; from OS CPU-time deltas elsewhere)
 * @param core     the logical core it last ran on, or {@link #UNKNOWN_CORE} where the OS does not say
 * @param state    the OS state letter at the end of the interval (R running, S sleeping, D disk, Z zombie…),
 *                 or '?' when unknown
 */
public record CpuSample(long startNs, long endNs, long onCpuNs, int core, char state) {

    public static final int UNKNOWN_CORE = -1;

    /** Fraction of the interval spent on a CPU, 0..1. */
    public double busyFraction() {
        long length = endNs - startNs;
        return length <= 0 ? 0 : Math.min(1.0, (double) onCpuNs / length);
    }
}
