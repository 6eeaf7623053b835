package processlab.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.lesson.LessonLoader;
import processlab.progress.ProgressStore;
import processlab.run.TestRuns;
import processlab.settings.StartOptions;
import processlab.tryit.EngineCodeRunner;
import processlab.ui.Classroom;
import processlab.ui.ProcessLabApp;
import processlab.ui.demo.DemoPart;
import processlab.ui.demo.DemoPartFactory;
import processlab.ui.demo.FakeDemoRunner;
import processlab.ui.demo.RunEntry;
import processlab.ui.timeline.TimelineView;

/**
 * R and S in presentation mode on a demo near the end of its lesson, its runs played by a fake runner: the class
 * watches the timelines, so the demo's buttons are often scrolled away.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationDemoKeysTest {

    private static final Path LESSONS = Path.of("src/test/resources/presentation-lessons");

    @TempDir
    Path dir;

    private Stage stage;
    private ProcessLabApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stopApp(FxRobot robot) {
        if (app != null) {
            robot.interact(app::stop);
        }
    }

    /** The app presenting the lesson, its demo runs lasting {@code taskMs} each (4 tasks on 4 workers). */
    private DemoPart present(FxRobot robot, long taskMs) throws Exception {
        FakeDemoRunner runner = new FakeDemoRunner(taskMs, false);
        robot.interact(() -> {
            app = new ProcessLabApp(
                    List.of(new DemoPartFactory(runner, Platform::runLater)),
                    LessonLoader::loadFolder,
                    () -> new Classroom(new EngineCodeRunner(TestRuns.environment()), ProgressStore.open(dir)));
            app.start(stage, new StartOptions(Optional.of(LESSONS), Optional.empty(), true));
        });
        waitFor(
                "the lesson",
                () -> app.lessonView().completeProperty().get()
                        && app.lessonView().parts().stream().anyMatch(p -> p instanceof DemoPart));
        DemoPart demo = (DemoPart) app.lessonView().parts().stream()
                .filter(p -> p instanceof DemoPart)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> demo.viewModel().measureSpeedUpProperty().set(false)); // only the compared runs
        Node run = robot.lookup("#demo-run").query();
        Node stop = robot.lookup("#demo-stop").query();
        for (int i = 0; i < 10 && !(onScreen(run) && onScreen(stop)); i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        assertTrue(onScreen(run) && onScreen(stop), "the demo's Run and Stop buttons came into view");
        return demo;
    }

    @Test
    void sStopsTheRunningDemoWhoseStopButtonIsScrolledAway(FxRobot robot) throws Exception {
        DemoPart demo = present(robot, 60_000);
        robot.type(KeyCode.R); // the first R asks the class to predict
        robot.type(KeyCode.R);
        waitFor(
                "the first run to start",
                () -> demo.viewModel().entries().get(0).recording() != null);
        Node stop = robot.lookup("#demo-stop").query();
        for (int i = 0; i < 10 && onScreen(stop); i++) {
            robot.type(KeyCode.PAGE_DOWN); // down to the timelines
        }
        assertFalse(onScreen(stop), "the Stop button is off screen");
        assertTrue(running(demo));

        robot.type(KeyCode.S);
        waitFor("S to stop the demo", () -> !running(demo));
        assertTrue(demo.viewModel().entries().get(0).statusProperty().get().startsWith("stopped"));
        assertEquals(
                RunEntry.Phase.CANCELLED,
                demo.viewModel().entries().get(1).phaseProperty().get(),
                "the run waiting for its turn is not started");
        assertEquals("Stopped.", demo.viewModel().messageProperty().get());
        assertTrue(app.lessonView().parts().contains(demo), "still the same lesson: S only paused it");
    }

    @Test
    void theFirstRBringsTheQuestionAndTheFirstRunsChoicesIntoView(FxRobot robot) throws Exception {
        present(robot, 800);
        Node message = robot.lookup("#demo-message").query();
        Node firstChoices = robot.lookup(".prediction-bar").query();
        // As a clicker leaves it at 1080p: the demo's buttons at the bottom of the screen, the rest below it.
        ScrollPane page = (ScrollPane) app.lessonView().node();
        Node stop = robot.lookup("#demo-stop").query();
        robot.interact(() -> {
            double stopBottom = page.getContent()
                    .sceneToLocal(stop.localToScene(stop.getLayoutBounds()))
                    .getMaxY();
            double view = page.getViewportBounds().getHeight();
            double maxTop = page.getContent().getLayoutBounds().getHeight() - view;
            page.setVvalue(Math.max(0, Math.min(1, (stopBottom + 2 - view) / maxTop)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onScreen(stop), "the Stop button is at the bottom of the screen");
        assertFalse(onScreen(firstChoices), "the first run's choices start below the screen");

        robot.type(KeyCode.R);
        waitFor("the question", () -> message.getStyleClass().contains("predict-step"));
        WaitForAsyncUtils.waitForFxEvents(2);
        assertTrue(onScreen(message), "the question is on screen");
        Node view = app.lessonView().node();
        assertTrue(
                onScreen(firstChoices),
                "the first run's choices are on screen: " + firstChoices.localToScene(firstChoices.getLayoutBounds())
                        + " in " + view.localToScene(view.getLayoutBounds()) + "; question "
                        + message.localToScene(message.getLayoutBounds()));
    }

    @Test
    void rAfterAChoiceInADropDownRunsWhereTheClassIsLooking(FxRobot robot) throws Exception {
        DemoPart demo = present(robot, 800);
        robot.type(KeyCode.R); // the question
        ChoiceBox<?> cores = robot.lookup(".prediction-bar .choice-box").queryAs(ChoiceBox.class);
        robot.interact(() -> {
            cores.requestFocus();
            cores.getSelectionModel().select(2); // as a click on a choice leaves it: chosen, and focused
        });
        WaitForAsyncUtils.waitForFxEvents(2);
        Node runButton = robot.lookup("#demo-run").query();
        double before = runButton.localToScene(0, 0).getY();

        robot.type(KeyCode.R);
        waitFor("the run", () -> demo.viewModel().entries().get(0).recording() != null);
        WaitForAsyncUtils.waitForFxEvents(4);
        Node focused = stage.getScene().getFocusOwner();
        assertTrue(isInside(focused, demo.node()), "the focus stays on the demo, not " + focused);
        assertEquals(before, runButton.localToScene(0, 0).getY(), 1, "the page stays where the class was looking");
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void rKeepsThePageAndItsButtonsStill(FxRobot robot) throws Exception {
        DemoPart demo = present(robot, 800);
        robot.type(KeyCode.R); // the first R asks the class to predict
        robot.type(KeyCode.R);
        waitFor(
                "the first runs to end",
                () -> !running(demo)
                        && demo.viewModel().entries().stream()
                                .allMatch(e -> e.phaseProperty().get() == RunEntry.Phase.ENDED));
        // Finished timelines take the height of their lanes (more than a waiting one's) on a later frame.
        waitFor(
                "the finished timelines at their full height",
                () -> robot.lookup(".timeline").queryAllAs(TimelineView.class).stream()
                        .allMatch(t -> t.getHeight() > 200));
        ScrollPane page = (ScrollPane) app.lessonView().node();
        Node stop = robot.lookup("#demo-stop").query();
        double pageHeight = page.getContent().getLayoutBounds().getHeight();
        double stopY = stop.localToScene(0, 0).getY();
        Node secondRun = robot.lookup("#run-java-processes").query();
        double secondRunY = secondRun.localToScene(0, 0).getY();
        assertTrue(onScreen(stop));

        robot.type(KeyCode.R);
        waitFor(
                "the second press's first run to draw",
                () -> running(demo) && demo.viewModel().entries().get(0).recording() != null);
        WaitForAsyncUtils.waitForFxEvents(4);
        assertTrue(
                page.getContent().getLayoutBounds().getHeight() >= pageHeight - 1,
                "the page shrank from " + pageHeight + " to "
                        + page.getContent().getLayoutBounds().getHeight());
        assertEquals(stopY, stop.localToScene(0, 0).getY(), 1, "the Stop button moved");
        Node secondRunNow = robot.lookup("#run-java-processes").query();
        assertEquals(secondRunY, secondRunNow.localToScene(0, 0).getY(), 1, "the second run's card moved");
        assertTrue(onScreen(stop), "the Stop button is still on screen");
    }

    private static boolean running(DemoPart demo) {
        return demo.viewModel().runningProperty().get();
    }

    /** Wholly inside the lesson's view. */
    private boolean onScreen(Node node) {
        Node view = app.lessonView().node();
        Bounds viewBounds = view.localToScene(view.getLayoutBounds());
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return bounds.getMinY() >= viewBounds.getMinY() && bounds.getMaxY() <= viewBounds.getMaxY();
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
