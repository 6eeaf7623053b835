package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.ui.code.TryItViewTest.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import processlab.lesson.ExerciseBlock;
import processlab.lesson.ExerciseCheck;
import processlab.lesson.Lesson;
import processlab.progress.ProgressStore;
import processlab.run.TestRuns;
import processlab.tryit.EngineCodeRunner;
import processlab.ui.Classroom;
import processlab.ui.lesson.LessonPart;

/** Submits a wrong and then a right solution; each is run for real and judged by what it did. */
@ExtendWith(ApplicationExtension.class)
class ExerciseViewTest {

    static final String STARTER = """
            import multiprocessing as mp

            def show(n):
                print(n)

            if __name__ == "__main__":
                # start four processes here
                pass
            """;

    static final String THREE = """
            import multiprocessing as mp

            def show(n):
                print(n)

            if __name__ == "__main__":
                procs = [mp.Process(target=show, args=(n,)) for n in range(3)]
                for p in procs:
                    p.start()
                for p in procs:
                    p.join()
            """;

    @TempDir
    static Path dir;

    private Classroom classroom;
    private LessonPart part;
    private ExerciseView view;

    @Start
    void start(Stage stage) {
        classroom = new Classroom(new EngineCodeRunner(TestRuns.environment()), ProgressStore.open(dir));
        ExerciseBlock block = new ExerciseBlock(
                40,
                "exercise",
                "",
                "four",
                "Four processes",
                "Start **four** processes; each prints a different number.",
                ExerciseCheck.FOUR_PROCESSES,
                STARTER);
        Lesson lesson = new Lesson("02-procs", dir.resolve("02-procs.md"), "P", "", "", List.of(block), List.of());
        part = new ExercisePartFactory(classroom.progress(), classroom::newRunViewModel)
                .create(block, lesson)
                .orElseThrow();
        view = (ExerciseView) part.node();
        stage.setScene(new Scene(new ScrollPane(view), 900, 800));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        part.stop();
        classroom.close();
    }

    @Test
    void wrongThenRight(FxRobot robot) throws Exception {
        robot.clickOn(".exercise-check");
        waitUntil(() -> robot.lookup(".exercise-feedback").query().isVisible());
        assertTrue(feedback(robot).contains("No child process ran; the exercise needs 4."), feedback(robot));
        assertTrue(robot.lookup(".exercise-feedback").query().getStyleClass().contains("wrong"));

        robot.interact(() -> view.editor().setText(THREE));
        robot.clickOn(".exercise-check");
        waitUntil(() -> feedback(robot).contains("Only 3"));
        assertTrue(feedback(robot).contains("Only 3 child processes ran; the exercise needs 4."), feedback(robot));
        assertFalse(classroom.progress().isExercisePassed("02-procs", "four"));
        assertFalse(robot.lookup(".exercise-solved").query().isVisible());

        robot.interact(() -> view.editor().setText(THREE.replace("range(3)", "range(4)")));
        robot.clickOn(".exercise-check");
        waitUntil(() -> feedback(robot).startsWith("Passed"));
        assertTrue(feedback(robot).contains("[0, 1, 2, 3]"), feedback(robot));
        assertTrue(robot.lookup(".exercise-feedback").query().getStyleClass().contains("right"));
        assertTrue(robot.lookup(".exercise-solved").query().isVisible());
        assertTrue(classroom.progress().isExercisePassed("02-procs", "four"));
    }

    @Test
    void resetForgetsTheLastCheck(FxRobot robot) throws Exception {
        robot.clickOn(".exercise-check");
        waitUntil(() -> robot.lookup(".exercise-feedback").query().isVisible());
        assertTrue(view.output().isVisible());

        robot.clickOn(".exercise-reset");
        assertFalse(robot.lookup(".exercise-feedback").query().isVisible(), "no verdict on code not checked");
        assertFalse(view.output().isVisible());
        assertTrue(
                robot.lookup(".exercise-status").queryAs(Label.class).getText().isEmpty());
    }

    private static String feedback(FxRobot robot) {
        StringBuilder text = new StringBuilder();
        for (Node node : robot.lookup(".exercise-feedback .label").queryAll()) {
            text.append(((Label) node).getText()).append('\n');
        }
        return text.toString();
    }
}
