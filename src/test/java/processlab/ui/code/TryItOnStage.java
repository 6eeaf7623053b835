package processlab.ui.code;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import processlab.lesson.CodeBlock;
import processlab.lesson.Lesson;
import processlab.progress.ProgressStore;
import processlab.run.TestRuns;
import processlab.tryit.EngineCodeRunner;
import processlab.ui.AppLook;
import processlab.ui.Classroom;
import processlab.ui.lesson.LessonPart;

/**
 * A real try-it block of Python {@code code}, made by its factory as a lesson page makes it and shown on the test's
 * stage, with the classroom behind it (the run engine, progress in {@code dir}). {@link #close()} after each test.
 */
record TryItOnStage(Classroom classroom, LessonPart part, TryItView view) implements AutoCloseable {

    static TryItOnStage show(Stage stage, Path dir, String code) {
        return show(stage, dir, code, false);
    }

    /** As {@link #show(Stage, Path, String)}, styled as the app styles its window ({@link AppLook}). */
    static TryItOnStage showStyled(Stage stage, Path dir, String code) {
        return show(stage, dir, code, true);
    }

    private static TryItOnStage show(Stage stage, Path dir, String code, boolean styled) {
        Classroom classroom = new Classroom(new EngineCodeRunner(TestRuns.environment()), ProgressStore.open(dir));
        CodeBlock block = new CodeBlock(5, "python run", code, "python", true, Optional.empty());
        Lesson lesson = new Lesson("01-x", dir.resolve("01-x.md"), "X", "", "", List.of(block), List.of());
        LessonPart part = new TryItPartFactory(classroom::newRunViewModel)
                .create(block, lesson)
                .orElseThrow();
        TryItView view = (TryItView) part.node();
        ScrollPane page = new ScrollPane(new VBox(view));
        if (styled) {
            AppLook.show(stage, page, 800, 600);
        } else {
            stage.setScene(new Scene(page, 800, 600));
            stage.show();
        }
        // TestFX reuses one stage: take the keyboard back from any window an earlier test class opened.
        stage.toFront();
        stage.requestFocus();
        return new TryItOnStage(classroom, part, view);
    }

    @Override
    public void close() {
        part.stop();
        classroom.close();
    }
}
