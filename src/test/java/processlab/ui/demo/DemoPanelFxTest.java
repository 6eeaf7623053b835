package processlab.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.lesson.DemoBlock;
import processlab.lesson.DemoSpec;
import processlab.recording.ProcessInfo;
import processlab.recording.Recording;
import processlab.run.TestRuns;
import processlab.run.spec.RunKind;
import processlab.run.spec.Workload;
import processlab.timeline.TimelineFrame;
import processlab.trace.ChromeTraceReader;
import processlab.ui.lesson.LessonPart;
import processlab.ui.timeline.TimelineView;

/** The demo panel running real Java-thread demos through the engine, driven like a user would. */
@ExtendWith(ApplicationExtension.class)
class DemoPanelFxTest {

    private Stage stage;
    private DemoPart part;
    private final DemoWindow window = DemoWindow.alone();

    /** Monocle's headless screen is 1280x800: a bigger stage overflows its frame buffer. */
    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new ScrollPane(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void stopEverything() {
        if (part != null) {
            part.stop();
        }
    }

    /** Shows a demo of Java threads sleeping {@code sleepMs} per task, made by the lesson view's factory. */
    private DemoPart show(int workers, long sleepMs) throws Exception {
        DemoSpec spec = new DemoSpec(
                "Java threads",
                List.of(RunKind.JAVA_THREADS),
                workers,
                workers,
                Workload.SLEEP,
                sleepMs,
                60,
                false,
                "default",
                false,
                0);
        DemoBlock block = new DemoBlock(1, "demo", "", spec);
        Optional<LessonPart> made =
                DemoPartFactory.real(TestRuns.environment(), null, window).create(block, null);
        assertTrue(made.isPresent());
        DemoPart demo = (DemoPart) made.get();
        WaitForAsyncUtils.asyncFx(() -> ((ScrollPane) stage.getScene().getRoot()).setContent(demo.node()))
                .get();
        part = demo;
        return demo;
    }

    private static RunEntry entry(DemoPart demo) {
        return demo.viewModel().entries().get(0);
    }

    private static TimelineView timeline(FxRobot robot) {
        return robot.lookup("#run-java-threads .timeline").queryAs(TimelineView.class);
    }

    private static void waitFor(int seconds, String what, java.util.concurrent.Callable<Boolean> condition)
            throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s waiting for " + what, e);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @Test
    void lanesAppearWhileItRunsAndTheSummaryAfter(FxRobot robot) throws Exception {
        DemoPart demo = show(2, 1500);
        demo.viewModel().measureSpeedUpProperty().set(false);
        robot.clickOn("#demo-run");

        AtomicReference<TimelineFrame> seenWhileRunning = new AtomicReference<>();
        waitFor(
                30,
                "worker lanes drawn while the run is going",
                () -> onFx(() -> {
                    Recording recording = entry(demo).recording();
                    TimelineFrame frame = timeline(robot).lastFrame();
                    boolean lanes = frame != null
                            && frame.lanes().stream()
                                            .filter(l -> l.label().startsWith("worker-"))
                                            .count()
                                    == 2;
                    if (lanes && recording != null && !recording.isFinished()) {
                        seenWhileRunning.set(frame);
                        return true;
                    }
                    return false;
                }));
        assertFalse(seenWhileRunning.get().headers().isEmpty(), "lanes sit under a process header");

        waitFor(
                40,
                "the summary",
                () -> onFx(() -> !entry(demo).summaryProperty().get().isEmpty()));
        String summary = onFx(() -> entry(demo).summaryProperty().get());
        assertTrue(summary.startsWith("wall ") && summary.contains("CPU") && summary.contains("cores busy"), summary);
        // What the app itself used meanwhile, measured from the OS: between nothing and every core.
        double appCores = Double.parseDouble(summary.replaceAll(".*ProcessLab itself: ([0-9.]+) cores.*", "$1"));
        assertTrue(appCores > 0 && appCores <= Runtime.getRuntime().availableProcessors(), summary);
        assertFalse(
                onFx(() -> window.liveViews().activeProperty().get()),
                "once the demo has ended, the lesson page may keep its scroll bitmap again");
        assertTrue(robot.lookup(".run-summary").queryLabeled().isVisible());
        assertEquals(
                "finished (exit 0)", onFx(() -> entry(demo).statusProperty().get()));

        Path png = Files.createTempFile("demo", ".png");
        Path trace = Files.createTempFile("demo", ".json");
        try {
            DemoPanel panel = (DemoPanel) demo.node();
            WaitForAsyncUtils.asyncFx(() -> panel.export().savePng(png, 1200)).get();
            waitFor(
                    20,
                    "the PNG written",
                    () -> onFx(() -> demo.viewModel().messageProperty().get()).startsWith("Saved the timeline"));
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(1200, image.getWidth());
            assertTrue(image.getHeight() > 150, "height " + image.getHeight());
            WaitForAsyncUtils.asyncFx(() -> panel.export().saveTrace(entry(demo), trace))
                    .get();
            waitFor(
                    20,
                    "the trace written",
                    () -> onFx(() -> demo.viewModel().messageProperty().get()).startsWith("Saved the trace"));
            Recording back = ChromeTraceReader.read(trace);
            assertTrue(back.threads().stream().anyMatch(t -> t.name().startsWith("worker-")));
        } finally {
            Files.deleteIfExists(png);
            Files.deleteIfExists(trace);
        }
    }

    @Test
    void stopMidRunEndsIt(FxRobot robot) throws Exception {
        DemoPart demo = show(2, 30_000);
        robot.clickOn("#demo-run");
        waitFor(
                30,
                "the run to start",
                () -> onFx(() -> entry(demo).recording() != null
                        && !entry(demo).recording().processes().isEmpty()));
        robot.clickOn("#demo-stop");
        waitFor(
                10,
                "the run to end",
                () -> onFx(() -> entry(demo).phaseProperty().get() == RunEntry.Phase.ENDED));
        assertTrue(onFx(() -> entry(demo).statusProperty().get()).startsWith("stopped"));
        assertTrue(entry(demo).recording().endNs() < 20_000_000_000L, "ended long before its 30 s of work");
        waitFor(10, "no process of the run left", () -> noneAlive(entry(demo).recording()));
        waitFor(
                10,
                "the panel idle again",
                () -> onFx(() -> !demo.viewModel().runningProperty().get()));
    }

    @Test
    void leavingTheLessonMidRunLeavesNoProcess(FxRobot robot) throws Exception {
        DemoPart demo = show(3, 30_000);
        robot.clickOn("#demo-run");
        waitFor(
                30,
                "the child JVM with its workers",
                () -> onFx(() -> entry(demo).recording() != null
                        && entry(demo).recording().threads().stream()
                                .anyMatch(t -> t.name().startsWith("worker-"))));
        Recording recording = entry(demo).recording();
        List<Long> pids = recording.processes().stream().map(ProcessInfo::pid).toList();
        assertFalse(pids.isEmpty());

        Platform.runLater(demo::stop);

        waitFor(10, "every process of the run gone", () -> noneAlive(recording));
        part = null;
    }

    private static boolean noneAlive(Recording recording) {
        return recording.processes().stream()
                .allMatch(p -> ProcessHandle.of(p.pid()).map(h -> !h.isAlive()).orElse(true));
    }
}
