package processlab.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.recording.Recording;
import processlab.timeline.Surface;
import processlab.timeline.SyntheticRecordings;
import processlab.timeline.TimelineDrawing;
import processlab.timeline.TimelineFrame;

/** The words on a timeline as wide as a run's timeline is in presentation mode: whole, and big enough. */
@ExtendWith(ApplicationExtension.class)
class TimelineTextFxTest {

    /**
     * A run's timeline in presentation mode at 1080p: 960 logical px (1920 at zoom 2) less the lesson column's
     * margins, the demo card's padding and the figure tiles beside it measure 668 px; a little less here.
     */
    static final double PRESENTATION_WIDTH = 640;

    private final Recording recording = SyntheticRecordings.pool();
    private TimelineView view;

    @Start
    void start(Stage stage) {
        TimelineViewport viewport = new TimelineViewport();
        viewport.fit(recording.endNs());
        view = new TimelineView(viewport);
        view.setRecording(recording);
        stage.setScene(new Scene(view, PRESENTATION_WIDTH, 420));
        stage.show();
    }

    /** One piece of text as drawn: cut when it is longer than the room its clip leaves (the canvas adds "…"). */
    record Drawn(String text, double size, boolean cut) {}

    private List<Drawn> drawnText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> view.lastFrame() != null && view.lastFrame().headers().size() == 3);
        List<Drawn> drawn = new ArrayList<>();
        robot.interact(() -> TimelineDrawing.draw(view.lastFrame(), new Probe(drawn)));
        return drawn;
    }

    @Test
    void aPoolWorkersHeaderNamesItWholeWithItsPidAndExit(FxRobot robot) throws Exception {
        List<Drawn> drawn = drawnText(robot);
        for (TimelineFrame.ProcessHeader header : view.lastFrame().headers()) {
            Drawn text = drawn.stream()
                    .filter(d -> d.text().equals(header.text()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("header not drawn: " + header.text()));
            assertFalse(text.cut(), "header cut at " + PRESENTATION_WIDTH + " px: " + header.text());
        }
        String worker = view.lastFrame().headers().get(2).text();
        assertTrue(worker.startsWith("pool worker 2 · pid 21443 · exit 0"), worker);
    }

    @Test
    void laneDetailsAndTaskNamesAreNearTheBodyTextsSize(FxRobot robot) throws Exception {
        List<Drawn> drawn = drawnText(robot);
        Drawn detail = drawn.stream()
                .filter(d -> d.text().contains("tid 21442"))
                .findFirst()
                .orElseThrow();
        assertTrue(detail.size() >= 15, "a lane's detail line at " + detail.size() + " px");
        assertFalse(detail.cut(), detail.text());
        List<Drawn> tasks =
                drawn.stream().filter(d -> d.text().startsWith("task ")).toList();
        assertFalse(tasks.isEmpty(), "task names drawn: " + drawn);
        for (Drawn task : tasks) {
            assertTrue(task.size() >= 14, task.text() + " at " + task.size() + " px");
        }
    }

    /** Measures and clips as the canvas does ({@link FxSurface}), drawing nothing. */
    private static final class Probe implements Surface {

        private final FxSurface measure = new FxSurface(new Canvas(1, 1).getGraphicsContext2D());
        private final ClipStack clips = new ClipStack();
        private final List<Drawn> drawn;

        Probe(List<Drawn> drawn) {
            this.drawn = drawn;
        }

        @Override
        public void text(String text, double x, double y, double size, boolean bold, int argb) {
            if (clips.hidesText(x, y, size)) {
                return;
            }
            double[] clip = clips.current();
            boolean cut = clip != null && x + measure.textWidth(text, size, bold) > clip[2];
            drawn.add(new Drawn(text, size, cut));
        }

        @Override
        public double textWidth(String text, double size, boolean bold) {
            return measure.textWidth(text, size, bold);
        }

        @Override
        public void clip(double x, double y, double w, double h) {
            clips.push(x, y, w, h);
        }

        @Override
        public void unclip() {
            clips.pop();
        }

        @Override
        public void fillRect(double x, double y, double w, double h, int argb) {}

        @Override
        public void strokeRect(double x, double y, double w, double h, double lineWidth, int argb) {}

        @Override
        public void line(double x1, double y1, double x2, double y2, double lineWidth, int argb) {}
    }
}
