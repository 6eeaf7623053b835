package processlab.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.recording.Recording;
import processlab.timeline.SyntheticRecordings;
import processlab.timeline.TimelineFrame;

@ExtendWith(ApplicationExtension.class)
class TimelineViewFxTest {

    private TimelineView view;
    private final Recording recording = SyntheticRecordings.twoChildren();

    @Start
    void start(Stage stage) {
        TimelineViewport viewport = new TimelineViewport();
        viewport.fit(recording.endNs());
        recording.setProcessRole(200, "pool worker 1"); // as a Pool's worker process is named
        view = new TimelineView(viewport);
        view.setRecording(recording);
        stage.setScene(new Scene(view, 1000, 500));
        stage.show();
    }

    private TimelineFrame frame() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.lastFrame() != null);
        return view.lastFrame();
    }

    @Test
    void keysZoomAndPanAndHomeFitsTheRun(FxRobot robot) throws Exception {
        long before = frame().window().lengthNs();
        robot.clickOn(view);
        robot.type(KeyCode.EQUALS);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> view.lastFrame().window().lengthNs() < before);
        long zoomed = view.lastFrame().window().lengthNs();
        long start = view.lastFrame().window().startNs();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> view.lastFrame().window().startNs() > start);
        assertEquals(zoomed, view.lastFrame().window().lengthNs());
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> view.lastFrame().window().startNs() == 0);
    }

    @Test
    void hoveringALaneShowsPidTidCoreAndTimes(FxRobot robot) throws Exception {
        TimelineFrame frame = frame();
        TimelineFrame.Lane lane = frame.lanes().get(1);
        double x = frame.window().toX(500_000_000L, frame.plotLeft(), frame.plotWidth());
        Point2D onScreen = view.localToScreen(x, lane.y() + 8);
        robot.moveTo(onScreen);
        Label tooltip = robot.lookup(".timeline-tooltip").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, tooltip::isVisible);
        String text = tooltip.getText();
        assertTrue(
                text.contains("pid 200")
                        && text.contains("tid 200")
                        && text.contains("core 0")
                        && text.contains("start")
                        && text.contains("length"),
                text);
        robot.moveTo(view.localToScreen(5, lane.y() + 8));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !tooltip.isVisible());
        assertFalse(tooltip.isVisible());
    }

    @Test
    void theTooltipNamesTheRoleAndTheTaskAndLeavesTheLaneBelowInSight(FxRobot robot) throws Exception {
        TimelineFrame frame = frame();
        TimelineFrame.Lane lane = frame.lanes().get(1);
        TimelineFrame.Lane below = frame.lanes().get(2);
        double x = frame.window().toX(500_000_000L, frame.plotLeft(), frame.plotWidth());
        robot.moveTo(view.localToScreen(x, lane.y() + lane.height() / 2));
        Label tooltip = robot.lookup(".timeline-tooltip").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, tooltip::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        String text = tooltip.getText();
        assertTrue(
                text.contains("pool worker 1")
                        && text.contains("task 0")
                        && text.contains("tid 200")
                        && text.contains("core 0")
                        && text.contains("start")
                        && text.contains("length"),
                text);
        Bounds tip = tooltip.getBoundsInParent();
        Bounds nextLane = new BoundingBox(0, below.y(), view.getWidth(), below.height());
        assertFalse(tip.intersects(nextLane), "the tooltip " + tip + " covers the next lane " + nextLane);
        assertTrue(tip.getMaxY() <= lane.y() + lane.height(), "nothing below the pointer's lane is covered: " + tip);
        assertTrue(tip.getMinX() >= 0 && tip.getMaxX() <= view.getWidth(), "inside the view: " + tip);
    }

    @Test
    void redrawsOnlyWhenSomethingChanged() throws Exception {
        frame();
        WaitForAsyncUtils.waitForFxEvents(5);
        long drawn = view.framesDrawn();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertEquals(drawn, view.framesDrawn(), "a finished run that nobody moves is not redrawn");
        recording.addNotice("something new");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.framesDrawn() > drawn);
    }
}
