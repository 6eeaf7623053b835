package processlab.ui.lesson;

/**
 * A lesson part that runs something (a demo, a try-it editor, an exercise). Presentation mode starts the one
 * on screen from the keyboard through {@link #run()}, and ends it through {@link #stop()}.
 */
public interface RunnablePart extends LessonPart {

    /** Starts a run as the part's own Run button would; ignored while one is going on. */
    void run();
}
