package processlab.run;

import processlab.run.observe.CoreLoadSampler;
import processlab.run.observe.ProcessTreeObserver;

/** The standard monitors of a run. */
public final class RunMonitors {

    private RunMonitors() {}

    /** The OS observer of the process tree and the per-core load sampler, at their default rates. */
    public static RunMonitor.Factory standard() {
        return observing(ProcessTreeObserver.DEFAULT_HZ);
    }

    /** The OS observer at {@code hz} and the core-load sampler at its default rate. */
    public static RunMonitor.Factory observing(int hz) {
        return (recording, tree) -> {
            ProcessTreeObserver observer = ProcessTreeObserver.forThisPlatform(hz);
            CoreLoadSampler sampler = CoreLoadSampler.forThisPlatform();
            observer.start(tree, recording);
            try {
                sampler.start(recording);
            } catch (RuntimeException e) {
                observer.close(); // the session falls back to no monitor: leave no observer thread behind
                sampler.close();
                throw e;
            }
            return () -> {
                observer.close();
                sampler.close();
            };
        };
    }
}
