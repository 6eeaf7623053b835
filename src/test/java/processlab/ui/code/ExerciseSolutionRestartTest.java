package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.testfx.util.WaitForAsyncUtils;

/** A passing solution outlives the app: opened after a restart, the exercise shows it, and Reset the starter. */
@ExtendWith(ApplicationExtension.class)
class ExerciseSolutionRestartTest {

    static final String FOUR = ExerciseViewTest.THREE.replace("range(3)", "range(4)");

    @TempDir
    Path dir;

    private Stage stage;
    private ExerciseOnStage exercise;
    private ExerciseView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        close(robot);
    }

    @Test
    void thePassingSolutionComesBackAfterARestart(FxRobot robot) throws Exception {
        open(robot);
        assertEquals(ExerciseViewTest.STARTER, view.editor().text(), "a first visit starts from the starter");
        assertFalse(robot.lookup(".exercise-solution-bar")
                .tryQuery()
                .map(Node::isVisible)
                .orElse(false));
        robot.interact(() -> view.editor().setText(FOUR));
        robot.clickOn(".exercise-check");
        // A real Python run: on a busy machine its start alone can take many seconds.
        WaitForAsyncUtils.waitFor(
                90, TimeUnit.SECONDS, () -> exercise.classroom().progress().isExercisePassed("02-procs", "four"));
        WaitForAsyncUtils.waitForFxEvents();

        close(robot); // the app ends: progress is written, everything in memory is gone
        open(robot);
        assertEquals(FOUR, view.editor().text(), "the code that passed is back, not the starter");
        assertTrue(robot.lookup(".exercise-solution-bar").query().isVisible());
        assertTrue(note(robot).startsWith("Your passing solution"), note(robot));
        assertTrue(robot.lookup(".exercise-solved").query().isVisible());

        robot.clickOn(".exercise-reset");
        assertEquals(ExerciseViewTest.STARTER, view.editor().text(), "Reset gives the starter code");
        assertTrue(note(robot).startsWith("The starter code is back"), note(robot));
        robot.clickOn(".exercise-show-solution");
        assertEquals(FOUR, view.editor().text(), "and the solution is one click away");
    }

    private static String note(FxRobot robot) {
        return robot.lookup(".exercise-solution-note").queryAs(Label.class).getText();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            exercise = ExerciseOnStage.show(stage, dir);
            view = exercise.view();
        });
    }

    private void close(FxRobot robot) {
        if (exercise != null) {
            robot.interact(exercise::close);
            exercise = null;
        }
    }
}
