package processlab.ui.lesson;

import javafx.scene.Node;

/**
 * A lesson part that runs something (a demo, a try-it editor, an exercise). Presentation mode starts the one
 * on screen from the keyboard through {@link #run()}, and ends it through {@link #stop()}.
 */
public interface RunnablePart extends LessonPart {

    /** Starts a run as the part's own Run button would; ignored while one is going on. */
    void run();

    /** A part made of a view and the two actions it offers. */
    static RunnablePart of(Node node, Runnable run, Runnable stop) {
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
            public void stop() {
                stop.run();
            }
        };
    }
}
