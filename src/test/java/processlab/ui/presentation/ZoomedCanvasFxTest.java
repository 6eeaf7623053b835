package processlab.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.recording.CoreLoadSample;
import processlab.recording.Recording;
import processlab.timeline.SyntheticRecordings;
import processlab.ui.cores.CoreMeters;
import processlab.ui.timeline.TimelineView;
import processlab.ui.timeline.TimelineViewport;

/**
 * Zoomed canvases keep one canvas pixel per screen pixel: a canvas scaled up as a picture blurs its text on the
 * projector.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomedCanvasFxTest {

    private ZoomPane zoom;
    private TimelineView timeline;
    private CoreMeters meters;

    @Start
    void start(Stage stage) {
        Recording recording = SyntheticRecordings.twoChildren();
        recording.addCoreLoad(new CoreLoadSample(1, new double[] {0.5, 1.0}));
        TimelineViewport viewport = new TimelineViewport();
        viewport.fit(recording.endNs());
        timeline = new TimelineView(viewport);
        timeline.setRecording(recording);
        meters = new CoreMeters();
        meters.setRecording(recording);
        zoom = new ZoomPane(new StackPane(new VBox(8, timeline, meters)));
        stage.setScene(new Scene(zoom, 1200, 760));
        stage.show();
    }

    @Test
    void theCanvasesHoldAsManyPixelsAsTheyCoverOnScreen(FxRobot robot) throws Exception {
        for (double z : new double[] {1.0, 2.0, 2.5, 0.8}) {
            robot.interact(() -> zoom.zoomProperty().set(z));
            waitForPixels(timeline, z);
            waitForPixels(meters, z);
        }
    }

    private static void waitForPixels(Parent view, double zoom) throws Exception {
        Canvas canvas = (Canvas) view.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Canvas)
                .findFirst()
                .orElseThrow();
        try {
            // Both the canvas's pixels and its on-screen size follow the zoom one layout pass later.
            WaitForAsyncUtils.waitFor(
                    5,
                    TimeUnit.SECONDS,
                    () -> Math.abs(canvas.getWidth()
                                            - Math.ceil(view.getLayoutBounds().getWidth() * zoom))
                                    < 1
                            && Math.abs(canvas.localToScene(canvas.getLayoutBounds())
                                                    .getWidth()
                                            - view.localToScene(view.getLayoutBounds())
                                                    .getWidth())
                                    < 1);
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(
                    view.getLayoutBounds().getWidth() * zoom,
                    canvas.getWidth(),
                    1,
                    view.getClass().getSimpleName() + "'s canvas at zoom " + zoom);
        }
        double onScreen = canvas.localToScene(canvas.getLayoutBounds()).getWidth();
        assertEquals(
                view.localToScene(view.getLayoutBounds()).getWidth(),
                onScreen,
                1,
                view.getClass().getSimpleName() + " at zoom " + zoom + ": the canvas covers the view, no more");
    }
}
