package processlab.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.lesson.DemoSpec;
import processlab.run.spec.RunKind;
import processlab.trace.ChromeTraceReader;

/** Exports leave the FX thread free: the file is written on a background thread, the outcome shown after. */
@ExtendWith(ApplicationExtension.class)
class DemoExportFxTest {

    @TempDir
    Path dir;

    private Stage stage;
    private DemoPanel panel;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new ScrollPane(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        if (panel != null) {
            onFx(() -> {
                panel.dispose();
                return null;
            });
        }
    }

    /** A panel over a fake runner; {@code ran}: with one finished run to export. */
    private DemoPanel show(boolean ran) throws Exception {
        DemoSpec spec = TestDemoSpecs.sleeping("Fake", RunKind.JAVA_THREADS);
        DemoViewModel model = new DemoViewModel(spec, new FakeDemoRunner(60, false), Platform::runLater);
        model.measureSpeedUpProperty().set(false);
        panel = onFx(() -> new DemoPanel(model));
        onFx(() -> {
            ((ScrollPane) stage.getScene().getRoot()).setContent(panel);
            return null;
        });
        if (ran) {
            onFx(() -> {
                model.run();
                return null;
            });
            waitFor(
                    "the fake run to end",
                    () -> onFx(() -> !model.runningProperty().get()
                            && model.entries().get(0).recording() != null));
        }
        return panel;
    }

    private String message() throws Exception {
        return onFx(() -> panel.model().messageProperty().get());
    }

    @Test
    void thePngIsDrawnAndWrittenOffTheFxThread() throws Exception {
        show(true);
        List<Runnable> queued = new CopyOnWriteArrayList<>();
        DemoExport export = new DemoExport(panel, queued::add, Platform::runLater);
        Path png = dir.resolve("timeline.png");

        onFx(() -> {
            export.savePng(png, 800);
            return null;
        });
        assertEquals(1, queued.size(), "the FX thread only hands the work over");
        assertFalse(Files.exists(png), "and writes nothing itself");
        assertEquals("Writing timeline.png…", message());

        Thread worker = new Thread(queued.get(0), "test-export");
        worker.start();
        worker.join(20_000);
        waitFor("the success shown", () -> message().startsWith("Saved the timeline to "));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
    }

    @Test
    void exportsAreOffUntilARunHasStarted() throws Exception {
        show(false);
        javafx.scene.control.Button png = onFx(() -> (javafx.scene.control.Button) panel.lookup("#demo-export-png"));
        javafx.scene.control.Button trace =
                onFx(() -> (javafx.scene.control.Button) panel.lookup("#demo-export-trace"));
        assertTrue(onFx(png::isDisabled), "nothing to export before a run");
        assertTrue(onFx(trace::isDisabled));
        onFx(() -> {
            panel.model().run();
            return null;
        });
        waitFor(
                "the run to end",
                () -> onFx(() -> !panel.model().runningProperty().get()));
        assertFalse(onFx(png::isDisabled));
        assertFalse(onFx(trace::isDisabled));
    }

    @Test
    void anExportNamesItsFileAfterTheDemoAndOpensWhereTheLastWent() {
        assertEquals(
                "threads-take-turns-processes-run-at-once.png",
                ExportFolder.fileName("Threads take turns, processes run at once", "png"));
        ExportFolder.remember(dir.resolve("slide.png").toFile());
        assertEquals(dir.toFile().getAbsoluteFile(), ExportFolder.initial());
    }

    @Test
    void theTraceIsWrittenOnANamedDaemonThread() throws Exception {
        show(true);
        List<Thread> writers = new CopyOnWriteArrayList<>();
        DemoExport export = new DemoExport(
                panel,
                task -> DemoExport.ownThread().execute(() -> {
                    writers.add(Thread.currentThread());
                    task.run();
                }),
                Platform::runLater);
        Path trace = dir.resolve("run.json");
        onFx(() -> {
            export.saveTrace(panel.model().entries().get(0), trace);
            return null;
        });
        waitFor("the success shown", () -> message().startsWith("Saved the trace of "));
        assertFalse(ChromeTraceReader.read(trace).threads().isEmpty());
        assertEquals(1, writers.size());
        assertTrue(
                writers.get(0).getName().startsWith("processlab-demo-export-"),
                writers.get(0).getName());
        assertTrue(writers.get(0).isDaemon());
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedInTheStatusLine() throws Exception {
        show(true);
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        onFx(() -> {
            panel.export().savePng(blocker.resolve("timeline.png"), 800);
            return null;
        });
        waitFor("the failure shown", () -> message().startsWith("Could not write "));
        assertTrue(message().contains("blocker"), message());
    }

    @Test
    void nothingToExportBeforeARun() throws Exception {
        show(false);
        onFx(() -> {
            panel.export().savePng(dir.resolve("x.png"), 800);
            return null;
        });
        assertEquals("Nothing to export yet: run the demo first.", message());
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(20, TimeUnit.SECONDS);
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }
}
