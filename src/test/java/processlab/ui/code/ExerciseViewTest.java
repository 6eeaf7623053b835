package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.ui.code.TryItViewTest.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

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

    private ExerciseOnStage exercise;
    private ExerciseView view;

    @Start
    void start(Stage stage) {
        exercise = ExerciseOnStage.show(stage, dir);
        view = exercise.view();
    }

    @AfterEach
    void tearDown() {
        exercise.close();
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
        assertFalse(exercise.classroom().progress().isExercisePassed("02-procs", "four"));
        assertFalse(robot.lookup(".exercise-solved").query().isVisible());

        robot.interact(() -> view.editor().setText(THREE.replace("range(3)", "range(4)")));
        robot.clickOn(".exercise-check");
        waitUntil(() -> feedback(robot).startsWith("Passed"));
        assertTrue(feedback(robot).contains("[0, 1, 2, 3]"), feedback(robot));
        assertTrue(robot.lookup(".exercise-feedback").query().getStyleClass().contains("right"));
        assertTrue(robot.lookup(".exercise-solved").query().isVisible());
        assertTrue(exercise.classroom().progress().isExercisePassed("02-procs", "four"));
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
