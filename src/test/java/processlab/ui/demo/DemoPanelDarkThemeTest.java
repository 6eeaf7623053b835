package processlab.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.lesson.DemoSpec;
import processlab.recording.CoreLoadSample;
import processlab.recording.Recording;
import processlab.run.spec.RunKind;
import processlab.timeline.TimelineFrame;
import processlab.ui.ProcessLabApp;
import processlab.ui.TextContrast;
import processlab.ui.cores.CoreMeters;
import processlab.ui.timeline.TimelineView;

/**
 * A demo that ran in the light theme, switched to dark as the toggle does: every text of the panel still reads
 * (4.5:1 or more), on the panel, in the run cards, the charts drawn on canvases and the output by process.
 */
@ExtendWith(ApplicationExtension.class)
class DemoPanelDarkThemeTest {

    private static final double READABLE = 4.5;

    private DemoViewModel model;
    private DemoPanel panel;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DemoSpec spec = TestDemoSpecs.sleeping("Threads take turns", RunKind.JAVA_THREADS, RunKind.JAVA_PROCESSES);
        model = new DemoViewModel(spec, new FakeDemoRunner(150, false), Platform::runLater);
        model.measureSpeedUpProperty().set(false);
        panel = new DemoPanel(model);
        Scene scene = new Scene(new ScrollPane(panel), 1200, 760);
        scene.getStylesheets()
                .add(ProcessLabApp.class.getResource("processlab.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void backToLight(FxRobot robot) {
        robot.interact(() -> {
            panel.dispose();
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        });
    }

    @Test
    void everyTextOfARunDemoReadsAfterSwitchingToDark(FxRobot robot) throws Exception {
        robot.interact(model::run);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !model.runningProperty().get()
                        && model.entries().stream()
                                .allMatch(e -> !e.summaryProperty().get().isEmpty()));
        Recording live = model.liveRecordingProperty().get();
        live.addOutput(1, live.now(), false, "worker 1 done");
        live.addOutput(1, live.now(), true, "a warning on stderr");
        live.addCoreLoad(new CoreLoadSample(live.now(), new double[] {0.5, 0.9}));
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> timeline(robot).lastFrame() != null
                        && !timeline(robot).lastFrame().lanes().isEmpty());

        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));

        Map<String, Function<WritableImage, Double>> texts = new LinkedHashMap<>();
        texts.put("demo title", image -> label(image, robot, ".demo-title"));
        texts.put("parameter label", image -> labelled(image, robot, "Workers"));
        texts.put("check box", image -> labelled(image, robot, "run at once"));
        texts.put("speed-up note", image -> labelled(image, robot, "Speed-up = "));
        texts.put("run title", image -> label(image, robot, "#run-java-threads .run-title"));
        texts.put("run status", image -> label(image, robot, "#run-java-threads .run-status"));
        texts.put("run summary", image -> label(image, robot, "#run-java-threads .run-summary"));
        texts.put("prediction", image -> label(image, robot, "#run-java-threads .prediction-label"));
        texts.put("figure", image -> label(image, robot, "#run-java-threads .figure-value"));
        texts.put("figure caption", image -> label(image, robot, "#run-java-threads .figure-caption"));
        texts.put("meters heading", image -> labelled(image, robot, "CPU cores"));
        texts.put("core meter name", image -> meterName(image, robot));
        texts.put("timeline lane name", image -> laneName(image, robot));
        texts.put("timeline axis", image -> axis(image, robot));
        texts.put("output by process", image -> output(image, robot, "worker 1 done"));
        texts.put("output on stderr", image -> output(image, robot, "a warning on stderr"));

        Map<String, Double> measured = new LinkedHashMap<>();
        // The canvases redraw on the frames after the switch: wait for the panel to read, or for time to run out.
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                WritableImage image = WaitForAsyncUtils.asyncFx(() -> panel.snapshot(null, null))
                        .get();
                texts.forEach((name, measure) -> measured.put(name, Math.round(measure.apply(image) * 10) / 10.0));
                return measured.values().stream().allMatch(ratio -> ratio >= READABLE);
            });
        } catch (java.util.concurrent.TimeoutException stillUnreadable) {
            // The assertion below names what does not read.
        }
        Map<String, Double> unreadable = new LinkedHashMap<>(measured);
        unreadable.values().removeIf(ratio -> ratio >= READABLE);
        assertEquals(Map.of(), unreadable, "contrast below 4.5:1 in the dark theme; all measured: " + measured);
    }

    private double label(WritableImage image, FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return TextContrast.of(image, TextContrast.in(panel, node));
    }

    /** The label or button whose text starts with {@code text}. */
    private double labelled(WritableImage image, FxRobot robot, String text) {
        Node node = robot.lookup(n -> n instanceof Labeled l
                        && l.getText() != null
                        && l.getText().startsWith(text))
                .query();
        return TextContrast.of(image, TextContrast.in(panel, node));
    }

    /** The name of core 0, left of its bar. */
    private double meterName(WritableImage image, FxRobot robot) {
        CoreMeters meters = robot.lookup(".core-meters").queryAs(CoreMeters.class);
        return TextContrast.of(image, TextContrast.in(panel, meters, new BoundingBox(2, 4, 90, 24)));
    }

    /** The first thread's name, in the lane gutter. */
    private double laneName(WritableImage image, FxRobot robot) {
        TimelineView timeline = timeline(robot);
        TimelineFrame.Lane lane = timeline.lastFrame().lanes().get(0);
        Bounds label = new BoundingBox(
                14, lane.y() + 2, timeline.lastFrame().plotLeft() - 20, Math.min(lane.height(), 24) - 3);
        return TextContrast.of(image, TextContrast.in(panel, timeline, label));
    }

    /** The time axis's first label. */
    private double axis(WritableImage image, FxRobot robot) {
        TimelineView timeline = timeline(robot);
        TimelineFrame frame = timeline.lastFrame();
        TimelineFrame.Tick tick = frame.ticks().get(0);
        Bounds label = new BoundingBox(tick.x() + 2, frame.plotTop() - 26, 40, 18);
        return TextContrast.of(image, TextContrast.in(panel, timeline, label));
    }

    private double output(WritableImage image, FxRobot robot, String line) {
        Node text = robot.lookup(n -> n instanceof Text t && t.getText().equals(line))
                .query();
        return TextContrast.of(image, TextContrast.in(panel, text));
    }

    private static TimelineView timeline(FxRobot robot) {
        return robot.lookup("#run-java-threads .timeline").queryAs(TimelineView.class);
    }
}
