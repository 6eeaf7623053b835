package processlab.ui.lesson;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;

/**
 * A lesson part that runs something (a demo, a try-it editor, an exercise). Presentation mode starts the one on
 * screen from the keyboard through {@link #run()}, and ends every run of the lesson through {@link #stopRun()}.
 *
 * <p>Two ways to stop: {@link #stopRun()} is the part's own Stop button, a pause in class after which the part
 * runs again; {@link #stop()} is for leaving the lesson. It stops the run too, and a part with more to let go
 * (a demo's threads) lets it go.
 */
public interface RunnablePart extends LessonPart {

    /** Starts a run as the part's own Run button would; ignored while one is going on. */
    void run();

    /**
     * R in presentation mode: a run in front of a class. By default the same as {@link #run()}; a demo first asks
     * the class to predict, and runs at the next press.
     */
    default void runForTheClass() {
        run();
    }

    /** Ends the part's run as its own Stop button would; the part can run again. Nothing happens when idle. */
    void stopRun();

    /** Whether a run of this part is going on (from the press of Run until it has ended). */
    boolean isRunning();

    /** Leaving the lesson: the run ends with it. */
    @Override
    default void stop() {
        stopRun();
    }

    /** A part made of a view and what its Run and Stop buttons do. */
    static RunnablePart of(Node node, Runnable run, Runnable stopRun, BooleanSupplier running) {
        return new RunnablePart() {
            @Override
            public Node node() {
                return node;
            }

            @Override
            public void run() {
                run.run();
            }

            @Override
            public void stopRun() {
                stopRun.run();
            }

            @Override
            public boolean isRunning() {
                return running.getAsBoolean();
            }
        };
    }
}
