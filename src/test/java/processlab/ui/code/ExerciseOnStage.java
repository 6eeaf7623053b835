package processlab.ui.code;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import processlab.lesson.ExerciseBlock;
import processlab.lesson.ExerciseCheck;
import processlab.lesson.Lesson;
import processlab.progress.ProgressStore;
import processlab.run.TestRuns;
import processlab.tryit.EngineCodeRunner;
import processlab.ui.Classroom;
import processlab.ui.lesson.LessonPart;

/**
 * The "four processes" exercise (id {@code four} in lesson {@code 02-procs}, starting from
 * {@link ExerciseViewTest#STARTER}), made by its factory as a lesson page makes it and shown on the test's stage,
 * with the classroom behind it (the run engine, progress in {@code dir}). {@link #close()} after each test.
 */
record ExerciseOnStage(Classroom classroom, LessonPart part, ExerciseView view) implements AutoCloseable {

    static ExerciseOnStage show(Stage stage, Path dir) {
        Classroom classroom = new Classroom(new EngineCodeRunner(TestRuns.environment()), ProgressStore.open(dir));
        ExerciseBlock block = new ExerciseBlock(
                40,
                "exercise",
                "",
                "four",
                "Four processes",
                "Start **four** processes; each prints a different number.",
                ExerciseCheck.FOUR_PROCESSES,
                ExerciseViewTest.STARTER);
        Lesson lesson = new Lesson("02-procs", dir.resolve("02-procs.md"), "P", "", "", List.of(block), List.of());
        LessonPart part = new ExercisePartFactory(classroom.progress(), classroom::newRunViewModel)
                .create(block, lesson)
                .orElseThrow();
        ExerciseView view = (ExerciseView) part.node();
        stage.setScene(new Scene(new ScrollPane(view), 900, 800));
        stage.show();
        return new ExerciseOnStage(classroom, part, view);
    }

    @Override
    public void close() {
        part.stop();
        classroom.close();
    }
}
