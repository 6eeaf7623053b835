package processlab.run;

import processlab.recording.Recording;
import processlab.run.observe.ObservedTree;
import processlab.run.spec.RunException;

/**
 * The one-time work of a first run, done while the student reads the page instead of while the run is measured.
 * A fresh JVM runs new code slowly at first (interpreted, then compiled): measured on two cores, the first Run of
 * lesson 2's demo cost the app 0.22 cores and a second Run of the same demo 0.15, CPU the run did not get.
 *
 * <p>The warm-up observes the app's own process with the real monitors for a moment, starts the guardian, loads
 * what stepping back needs and asks Python its version once (the answer is kept). Nothing of it is shown: the
 * recording of the app's own threads only feeds an off-screen rehearsal of the drawing (see the demo panel's
 * {@code DemoWarmUp}). Not on the FX thread: looking up Python runs it.
 */
public final class RunWarmUp implements AutoCloseable {

    private final Recording recording;
    private final RunMonitor monitor;
    private final RunEnvironment environment;

    private RunWarmUp(Recording recording, RunMonitor monitor, RunEnvironment environment) {
        this.recording = recording;
        this.monitor = monitor;
        this.environment = environment;
    }

    /** Starts observing the app's own process, as the runs of {@code environment} will be observed. */
    public static RunWarmUp start(RunEnvironment environment) {
        environment.host().guardian();
        RunPriority.prepare();
        Recording recording =
                new Recording("warm-up", System.nanoTime(), Runtime.getRuntime().availableProcessors(), false, 100);
        RunMonitor monitor;
        try {
            monitor = environment
                    .monitors()
                    .start(recording, ObservedTree.of(ProcessHandle.current().pid()));
        } catch (RuntimeException e) {
            monitor = () -> {};
        }
        return new RunWarmUp(recording, monitor, environment);
    }

    /** What the monitors have recorded of the app itself so far. */
    public Recording recording() {
        return recording;
    }

    /** Finds Python as a demo's first run would; where there is none, the run will say so. */
    public void findPython() {
        try {
            environment.pythonLocator().locate(false);
        } catch (RunException none) {
            // The demo's Run reports it, with how to fix it.
        }
    }

    @Override
    public void close() {
        monitor.close();
        recording.finish(recording.now());
    }
}
