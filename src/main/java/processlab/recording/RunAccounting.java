package processlab.recording;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What the operating system counted while a run ran, from its start to its main process's end, besides what the
 * sampler saw of the run's own threads: the run's whole CPU time as the kernel adds it up when processes are
 * waited for (run's ReapedCpu), the cores the app itself kept busy, and the cores the whole machine kept busy.
 * The difference tells whether other programs took cores the run could have used.
 *
 * @param windowNanos  how long the window lasted
 * @param reapedCpuNanos the run's tree's CPU as the kernel counted it; empty where it cannot say
 * @param appCores     cores this app's own JVM kept busy meanwhile (drawing, observing, compiling)
 * @param machineCores cores the whole machine kept busy meanwhile, this app and the run included
 */
public record RunAccounting(
        long windowNanos, OptionalLong reapedCpuNanos, OptionalDouble appCores, OptionalDouble machineCores) {

    /** Nothing counted: a recording read back from a trace file, or made in a test. */
    public static final RunAccounting NONE =
            new RunAccounting(0, OptionalLong.empty(), OptionalDouble.empty(), OptionalDouble.empty());

    /** The same counts, less CPU time the kernel counted in the tree that was not the run's (its box's own). */
    public RunAccounting lessReaped(long notTheRunsNanos) {
        if (reapedCpuNanos.isEmpty()) {
            return this;
        }
        return new RunAccounting(
                windowNanos,
                OptionalLong.of(Math.max(0, reapedCpuNanos.getAsLong() - notTheRunsNanos)),
                appCores,
                machineCores);
    }
}
