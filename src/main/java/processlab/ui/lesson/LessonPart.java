package processlab.ui.lesson;

import javafx.scene.Node;

/**
 * A live part of a lesson page: a demo panel, a code editor, a quiz, an exercise. The lesson view shows
 * {@link #node()} and calls {@link #stop()} when the lesson is left, so runs and their processes end with it.
 */
public interface LessonPart {

    Node node();

    /** Stops any run this part started; safe to call more than once. */
    void stop();

    /** A part that runs nothing (a quiz): there is nothing to stop. */
    static LessonPart still(Node node) {
        return new LessonPart() {
            @Override
            public Node node() {
                return node;
            }

            @Override
            public void stop() {}
        };
    }
}
