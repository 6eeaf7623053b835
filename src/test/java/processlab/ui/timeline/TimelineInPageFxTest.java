package processlab.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.recording.Recording;
import processlab.timeline.SyntheticRecordings;
import processlab.timeline.TimeWindow;
import processlab.timeline.TimelineFrame;

/** A timeline in the middle of a scrolling page, as in a lesson: the wheel and Home as a student uses them. */
@ExtendWith(ApplicationExtension.class)
class TimelineInPageFxTest {

    private final Recording recording = SyntheticRecordings.twoChildren();
    private final TimelineViewport viewport = new TimelineViewport();
    private TimelineView timeline;
    private ScrollPane page;

    @Start
    void start(Stage stage) {
        viewport.fit(recording.endNs());
        timeline = new TimelineView(viewport);
        timeline.setRecording(recording);
        Region above = new Region();
        above.setPrefHeight(700);
        Region below = new Region();
        below.setPrefHeight(1400);
        page = new ScrollPane(new VBox(above, timeline, below));
        page.setFitToWidth(true);
        stage.setScene(new Scene(page, 1000, 700));
        stage.show();
    }

    /** Scrolls the page so the timeline sits in the middle of the view, and waits for its first picture. */
    private void timelineInView(FxRobot robot) throws Exception {
        waitFor("the first picture", () -> timeline.lastFrame() != null);
        robot.interact(() -> {
            double range = page.getContent().getLayoutBounds().getHeight()
                    - page.getViewportBounds().getHeight();
            page.setVvalue((700 - 150) / range);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds view = page.localToScreen(page.getLayoutBounds());
        Bounds lanes = timeline.localToScreen(timeline.getLayoutBounds());
        assertTrue(lanes.getMinY() > view.getMinY() && lanes.getMaxY() < view.getMaxY(), "timeline in view");
    }

    @Test
    void theWheelScrollsThePageAndCtrlWheelZoomsTheTimeline(FxRobot robot) throws Exception {
        timelineInView(robot);
        TimeWindow before = viewport.window();
        double scrolled = page.getVvalue();
        // Which way Monocle's wheel turns does not matter here (its "down" scrolls up): only who takes it.
        robot.moveTo(timeline).scroll(3, VerticalDirection.DOWN);
        waitFor("the page to scroll under the wheel", () -> page.getVvalue() != scrolled);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, viewport.window(), "the plain wheel leaves the timeline's window alone");

        robot.interact(() -> page.setVvalue(scrolled));
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(timeline);
        robot.press(KeyCode.CONTROL).scroll(2, VerticalDirection.UP).release(KeyCode.CONTROL);
        waitFor("Ctrl+wheel to zoom", () -> viewport.window().lengthNs() != before.lengthNs());
        assertEquals(scrolled, page.getVvalue(), 1e-9, "Ctrl+wheel does not scroll the page");
    }

    @Test
    void homeOnAFocusedTimelineResetsItsViewAndLeavesThePageWhereItIs(FxRobot robot) throws Exception {
        timelineInView(robot);
        TimeWindow whole = viewport.window();
        robot.clickOn(timeline);
        robot.type(KeyCode.EQUALS, 2).type(KeyCode.RIGHT);
        waitFor(
                "the keys to zoom and pan",
                () -> viewport.window().lengthNs() < whole.lengthNs()
                        && viewport.window().startNs() > 0);
        double scrolled = page.getVvalue();
        robot.type(KeyCode.HOME);
        waitFor("Home to show the whole run", () -> viewport.window().equals(whole));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(scrolled, page.getVvalue(), 1e-9, "Home stays with the timeline: the page did not jump");
    }

    @Test
    void zoomingOutAndPanningLeftNeverShowANegativeAxis(FxRobot robot) throws Exception {
        timelineInView(robot);
        robot.interact(timeline::requestFocus); // how it gets the focus is the Home test's business
        robot.type(KeyCode.MINUS, 6);
        waitFor("the keys to zoom out", () -> viewport.window().lengthNs() > 2 * recording.endNs());
        robot.type(KeyCode.LEFT, 3);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow shown = viewport.window();
        waitFor("the zoomed-out picture", () -> timeline.lastFrame().window().equals(shown));
        TimelineFrame frame = timeline.lastFrame();
        assertEquals(0, frame.window().startNs(), "the axis starts where the run began");
        assertTrue(
                frame.ticks().stream().noneMatch(t -> t.label().startsWith("-")),
                frame.ticks().toString());
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }
}
