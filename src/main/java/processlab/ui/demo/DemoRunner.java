package processlab.ui.demo;

import java.util.concurrent.CompletableFuture;
import processlab.recording.Recording;
import processlab.run.spec.RunKind;

/**
 * Starts the real runs of a demo. The app uses {@link EngineDemoRunner} (the run engine); tests may pass their
 * own. Kept as a seam so the demo's view-model is tested without spawning anything when that is not the point.
 */
public interface DemoRunner {

    /**
     * Starts a run; may take a moment (it spawns processes), so it is called off the JavaFX thread.
     *
     * @throws DemoRunException with a message for the user when the run cannot start (e.g. no Python)
     */
    DemoRun start(RunKind kind, DemoParameters parameters) throws DemoRunException;

    /** One started run. */
    interface DemoRun {

        Recording recording();

        /** Completes (never fails) when the run has ended and its Recording is complete; the text says how. */
        CompletableFuture<String> ended();

        /** Ends the run's whole process tree; returns at once. */
        void stop();
    }

    /** A run that could not start, with a message written for the user. */
    final class DemoRunException extends Exception {

        public DemoRunException(String message) {
            super(message);
        }
    }
}
