package processlab.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.lesson.DemoSpec;
import processlab.recording.Recording;
import processlab.run.spec.RunKind;
import processlab.timeline.TimelineFrame;
import processlab.ui.timeline.TimelineView;

/** A short run beside a long one: on one time scale it is a sliver; on its own, it fills its timeline. */
@ExtendWith(ApplicationExtension.class)
class OwnTimeScaleFxTest {

    private DemoViewModel model;

    @Start
    void start(Stage stage) {
        DemoSpec spec = TestDemoSpecs.sleeping("t", RunKind.JAVA_THREADS, RunKind.JAVA_PROCESSES);
        FakeDemoRunner runner = new FakeDemoRunner(150, true);
        runner.slower.put(RunKind.JAVA_PROCESSES, 6); // 0.15 s beside 0.9 s
        model = new DemoViewModel(spec, runner, Platform::runLater);
        model.measureSpeedUpProperty().set(false);
        stage.setScene(new Scene(new DemoPanel(model), 1000, 760));
        stage.show();
    }

    @Test
    void eachRunCanBeReadAtItsOwnScale(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(model::run).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        CheckBox same = robot.lookup("#demo-same-scale").queryAs(CheckBox.class);
        assertTrue(same.isSelected(), "the runs share one time scale by default");
        Recording shortRun = entry(RunKind.JAVA_THREADS).recording();
        Recording longRun = entry(RunKind.JAVA_PROCESSES).recording();
        waitForWindow(robot, "java-threads", longRun);
        assertTrue(
                share(robot, "java-threads", shortRun) < 0.3,
                "on the shared scale the short run is a sliver: " + shortRun.endNs() + " ns in "
                        + frame(robot, "java-threads").window());

        robot.clickOn(same);
        waitForWindow(robot, "java-threads", shortRun);
        waitForWindow(robot, "java-processes", longRun);
        assertTrue(share(robot, "java-threads", shortRun) > 0.9, "on its own scale the short run fills its timeline");
        assertTrue(share(robot, "java-processes", longRun) > 0.9);

        robot.clickOn(same);
        waitForWindow(robot, "java-threads", longRun);
        assertEquals(
                frame(robot, "java-processes").window(),
                frame(robot, "java-threads").window(),
                "back on one scale");
    }

    private RunEntry entry(RunKind kind) {
        return model.entries().stream()
                .filter(e -> e.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    private static TimelineFrame frame(FxRobot robot, String kind) {
        return robot.lookup("#run-" + kind + " .timeline")
                .queryAs(TimelineView.class)
                .lastFrame();
    }

    /** Waits until the timeline of {@code kind} shows the whole of {@code run}, and no more than a little past it. */
    private static void waitForWindow(FxRobot robot, String kind, Recording run) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            TimelineFrame frame = frame(robot, kind);
            return frame != null
                    && frame.window().startNs() == 0
                    && frame.window().endNs() >= run.endNs()
                    && frame.window().endNs() <= run.endNs() * 1.1;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** How much of the timeline's plot, from its left, the run takes up to its end. */
    private static double share(FxRobot robot, String kind, Recording run) {
        TimelineFrame frame = frame(robot, kind);
        double x = frame.window().toX(run.endNs(), frame.plotLeft(), frame.plotWidth());
        return (x - frame.plotLeft()) / frame.plotWidth();
    }
}
