package processlab.trace;

/**
 * A stretch of time one thread spent on a CPU, on one core, as drawn on a timeline and written to a trace.
 *
 * @param core the logical core, or {@link processlab.recording.CpuSample#UNKNOWN_CORE}
 */
public record CpuSlice(long startNs, long endNs, int core) {

    public long durationNs() {
        return endNs - startNs;
    }
}
