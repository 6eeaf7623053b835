package processlab.run;

/** The standard monitors of a run. */
public final class RunMonitors {

    private RunMonitors() {
    }

    /** The OS observer of the process tree and the per-core load sampler, at their default rates. */
    public static RunMonitor.Factory standard() {
        // Seam: the observer (branch wt-observe) plugs in here.
        return RunMonitor.NONE;
    }
}
