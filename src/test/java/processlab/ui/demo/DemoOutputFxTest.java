package processlab.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.lesson.DemoSpec;
import processlab.run.spec.RunKind;
import processlab.ui.output.OutputPanel;

/**
 * "Output, by process" shows the processes of a run on screen: the run that started last, or the one the student
 * picks; never the hidden 1-worker run that measures speed-up, whose pids are on no timeline.
 */
@ExtendWith(ApplicationExtension.class)
class DemoOutputFxTest {

    private DemoViewModel model;
    private FakeDemoRunner runner;

    @Start
    void start(Stage stage) {
        DemoSpec spec = TestDemoSpecs.sleeping("t", RunKind.JAVA_THREADS, RunKind.JAVA_PROCESSES);
        runner = new FakeDemoRunner(150, false);
        model = new DemoViewModel(spec, runner, Platform::runLater);
        Scene scene = new Scene(new DemoPanel(model), 1000, 760);
        // As in the app: the tiles' sizes and colours come from its stylesheet.
        scene.getStylesheets()
                .add(DemoPanel.class
                        .getResource("/processlab/ui/processlab.css")
                        .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theOutputIsOfARunOnScreenAndTheStudentCanPickWhich(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(model::run).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> runner.started.size() == 4 && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        OutputPanel output = robot.lookup(".output-panel").queryAs(OutputPanel.class);
        RunEntry first = model.entries().get(0);
        RunEntry second = model.entries().get(1);
        assertEquals(
                second.recording(),
                output.recordingProperty().get(),
                "after the speed-up runs, the output is still the last compared run's");
        ToggleButton firstChoice = robot.lookup("#demo-output-java-threads").queryAs(ToggleButton.class);
        ToggleButton secondChoice = robot.lookup("#demo-output-java-processes").queryAs(ToggleButton.class);
        assertTrue(secondChoice.isSelected());
        robot.interact(firstChoice::fire);
        assertEquals(first.recording(), output.recordingProperty().get());
        assertTrue(firstChoice.isSelected() && !secondChoice.isSelected());
        robot.interact(firstChoice::fire);
        assertTrue(firstChoice.isSelected(), "pressing the shown run's button again keeps it shown");
    }

    @Test
    void eachRunHasBigFigureTilesOnceItHasEnded(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(model::run).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> runner.started.size() == 4 && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        for (String kind : List.of("java-threads", "java-processes")) {
            javafx.scene.control.Label cores = robot.lookup("#run-" + kind + " #figure-cores .figure-value")
                    .queryAs(javafx.scene.control.Label.class);
            javafx.scene.control.Label speedUp = robot.lookup("#run-" + kind + " #figure-speedup .figure-value")
                    .queryAs(javafx.scene.control.Label.class);
            assertTrue(cores.getText().matches("[0-9]+\\.[0-9]"), kind + ": " + cores.getText());
            assertTrue(speedUp.getText().matches("×[0-9]+\\.[0-9]"), kind + ": " + speedUp.getText());
            assertTrue(cores.getFont().getSize() >= 32, "readable from the back: " + cores.getFont());
        }
    }
}
