package processlab.run;

import processlab.recording.Recording;
import processlab.run.observe.ObservedTree;

/**
 * Something that watches a running tree and writes into its Recording (the OS observer, the core-load
 * sampler). Started when the root process exists, closed when the run ends.
 */
public interface RunMonitor extends AutoCloseable {

    /** Stops watching; after this returns nothing more is written. */
    @Override
    void close();

    /** Starts the monitors of one run. */
    @FunctionalInterface
    interface Factory {
        RunMonitor start(Recording recording, ObservedTree tree);
    }

    Factory NONE = (recording, tree) -> () -> {};
}
