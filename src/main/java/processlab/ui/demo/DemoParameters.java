package processlab.ui.demo;

import processlab.lesson.DemoSpec;
import processlab.run.spec.Workload;

/**
 * What one run of a demo is asked to do, after the user's edits: the demo block's values within its limits
 * (clamped by {@link DemoSpec}), under the same names as there and in {@code RunSpec.Demo}.
 *
 * @param workers threads or processes of the run
 * @param tasks   tasks shared among the workers
 * @param switchIntervalMs the GIL's switch interval for Python thread runs, in ms; 0 = Python's default
 */
public record DemoParameters(
        int workers,
        int tasks,
        Workload workload,
        long size,
        int timeoutSeconds,
        String startMethod,
        boolean freeThreaded,
        int switchIntervalMs) {

    public static DemoParameters of(DemoSpec spec) {
        return new DemoParameters(
                spec.workers(),
                spec.tasks(),
                spec.workload(),
                spec.size(),
                spec.timeoutSeconds(),
                spec.startMethod(),
                spec.freeThreaded(),
                spec.switchIntervalMs());
    }

    /** The same work done by one worker: the baseline that speed-up is measured against. */
    public DemoParameters oneWorker() {
        return new DemoParameters(
                1, tasks, workload, size, timeoutSeconds, startMethod, freeThreaded, switchIntervalMs);
    }
}
