package processlab.ui.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.lesson.DemoSpec;
import processlab.run.spec.RunKind;
import processlab.ui.timeline.TimelineView;

/** Once Run is pressed every run has its timeline at once, except one that could not start. */
@ExtendWith(ApplicationExtension.class)
class RunCardFxTest {

    private DemoViewModel model;

    @Start
    void start(Stage stage) {
        DemoSpec spec =
                TestDemoSpecs.sleeping("t", RunKind.JAVA_THREADS, RunKind.PYTHON_THREADS, RunKind.JAVA_PROCESSES);
        model = new DemoViewModel(spec, new FakeDemoRunner(300, true), Platform::runLater);
        model.measureSpeedUpProperty().set(false);
        stage.setScene(new Scene(new DemoPanel(model), 1000, 760));
        stage.show();
    }

    @Test
    void aRunWaitingForItsTurnHasItsTimelineAndOneThatCouldNotStartHasNone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(model::run).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> model.entries().get(0).recording() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeline(robot, "java-processes").isVisible(), "the last run, waiting, has its timeline already");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(timeline(robot, "python-threads").isVisible(), "a run that could not start shows no timeline");
        assertTrue(timeline(robot, "java-threads").isVisible());
        assertTrue(timeline(robot, "java-processes").isVisible());
    }

    private static TimelineView timeline(FxRobot robot, String kind) {
        return robot.lookup("#run-" + kind + " .timeline").queryAs(TimelineView.class);
    }
}
