package processlab.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import processlab.lesson.LessonLoader;
import processlab.settings.StartOptions;
import processlab.timeline.TimeWindow;
import processlab.ui.AppFxTest;
import processlab.ui.ProcessLabApp;
import processlab.ui.timeline.TimelineView;

/** The keys of a demo's timeline in the whole window, where the shell has keys of its own. */
class DemoTimelineKeysTest extends AppFxTest {

    private static final Path LESSONS = Path.of("src/test/resources/presentation-lessons");

    @Test
    void leftAndRightPanAClickedTimelineRatherThanTurnTheLesson(FxRobot robot) throws Exception {
        robot.interact(() -> {
            app = new ProcessLabApp(
                    List.of(new DemoPartFactory(new FakeDemoRunner(300, false), Platform::runLater)),
                    LessonLoader::loadFolder);
            app.start(stage, new StartOptions(Optional.of(LESSONS), Optional.empty(), false));
        });
        waitFor(
                "the demo",
                () -> app.lessonView().completeProperty().get()
                        && app.lessonView().parts().stream().anyMatch(p -> p instanceof DemoPart));
        DemoPart demo = (DemoPart) app.lessonView().parts().stream()
                .filter(p -> p instanceof DemoPart)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            demo.viewModel().measureSpeedUpProperty().set(false);
            demo.run();
        });
        waitFor(
                "the runs to end",
                () -> !demo.viewModel().runningProperty().get()
                        && demo.viewModel().entries().stream()
                                .allMatch(e -> e.phaseProperty().get() == RunEntry.Phase.ENDED));
        TimelineView timeline = robot.lookup("#run-java-threads .timeline").queryAs(TimelineView.class);
        robot.interact(() -> app.lessonView().reveal(timeline));
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow whole = timeline.viewport().window();
        String lesson = app.lessonView().shown().orElseThrow().id();

        robot.clickOn(timeline).type(KeyCode.EQUALS);
        waitFor("+ to zoom in", () -> timeline.viewport().window().lengthNs() < whole.lengthNs());
        TimeWindow zoomed = timeline.viewport().window();
        robot.type(KeyCode.RIGHT);
        waitFor("Right to pan", () -> timeline.viewport().window().startNs() > zoomed.startNs());
        assertEquals(lesson, app.lessonView().shown().orElseThrow().id(), "still the same lesson");
        double scrolled = ((ScrollPane) app.lessonView().node()).getVvalue();
        robot.type(KeyCode.HOME);
        waitFor("Home to show the whole run", () -> timeline.viewport().window().equals(whole));
        assertEquals(scrolled, ((ScrollPane) app.lessonView().node()).getVvalue(), 1e-9, "the page stayed");
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
