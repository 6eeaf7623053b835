package processlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import processlab.lesson.CodeBlock;
import processlab.lesson.Lesson;
import processlab.progress.ProgressStore;
import processlab.recording.Recording;
import processlab.run.IdleHeap;
import processlab.run.RunEnvironment;
import processlab.run.RunHost;
import processlab.settings.ThemeChoice;
import processlab.tryit.EngineCodeRunner;
import processlab.ui.Classroom;
import processlab.ui.ProcessLabApp;
import processlab.ui.Themes;
import processlab.ui.code.TryItPartFactory;
import processlab.ui.code.TryItView;

/**
 * The measuring side of {@link FloodBenchmark}, run in a child JVM started as the app is: a lesson page with two
 * try-it blocks, made by the app's own factory and run by the real engine, shown in a real stage (headless on
 * Monocle when there is no display). Each block floods its output for half the time: one prints 80-character lines
 * as fast as Python can, the other writes one line that never ends. A student presses Run again whenever a run
 * ends (the engine stops a run past its output cap), until the time is up, then Stop. The figures are this JVM's
 * own resident memory from {@code /proc/self/status}: before the flood, its high-water mark, and once the app has
 * idled {@link #AFTER} since the last run ended. Printed as {@link #RESULT_MARKER} lines.
 */
public final class BenchFloodProbe {

    /** {@code PROCESSLAB_FLOOD_RESULT name value unit}. */
    static final String RESULT_MARKER = "PROCESSLAB_FLOOD_RESULT";

    static final String MANY_LINES = "while True:\n    print(\"x\" * 80)\n";
    static final String ONE_LINE = "import sys\nwhile True:\n    sys.stdout.write(\"y\" * 1000)\n";

    /** The page on screen, before the first Run. */
    private static final Duration IDLE = Duration.ofSeconds(3);
    /**
     * How long the app idles after the flood before its memory is read: an idle app returns its unused heap within
     * two of {@link IdleHeap}'s intervals.
     */
    static final Duration AFTER = Duration.ofMillis(2 * IdleHeap.INTERVAL_MS).plusSeconds(5);

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    private static final double MB = 1024 * 1024;

    private BenchFloodProbe() {}

    static List<BenchResult> measureHere(Duration time) throws Exception {
        FrameTimeProbe.startToolkit();
        Path dir = Files.createTempDirectory("processlab-bench-flood");
        Classroom classroom =
                new Classroom(new EngineCodeRunner(RunEnvironment.of(RunHost.create())), ProgressStore.open(dir));
        try {
            List<TryItView> blocks = onFx(() -> show(classroom, dir));
            TimeUnit.MILLISECONDS.sleep(IDLE.toMillis());
            double startMb = ProcStatus.megabytes("VmRSS");
            long written = 0;
            for (TryItView block : blocks) {
                Flood flood = floodFor(block, time.dividedBy(blocks.size()));
                written += flood.bytes();
                verbose(String.format(
                        Locale.ROOT,
                        "%d runs, %.0f MB written, %d paragraphs shown, %.0f MB resident",
                        flood.runs(),
                        flood.bytes() / MB,
                        onFx(() -> block.output().area().getParagraphs().size()),
                        ProcStatus.megabytes("VmRSS")));
            }
            TimeUnit.MILLISECONDS.sleep(AFTER.toMillis());
            return List.of(
                    new BenchResult("flood_output_mb", round(written / MB), "MB"),
                    new BenchResult("flood_start_rss_mb", round(startMb), "MB"),
                    new BenchResult("flood_peak_rss_mb", round(ProcStatus.megabytes("VmHWM")), "MB"),
                    new BenchResult("flood_after_rss_mb", round(ProcStatus.megabytes("VmRSS")), "MB"));
        } finally {
            classroom.close();
            ChildJvm.deleteQuietly(dir);
        }
    }

    /** A page of the two flooding try-it blocks, in a window the size of a projector's. */
    private static List<TryItView> show(Classroom classroom, Path dir) {
        Themes.apply(ThemeChoice.LIGHT);
        List<TryItView> blocks = new ArrayList<>();
        for (String code : List.of(MANY_LINES, ONE_LINE)) {
            CodeBlock block = new CodeBlock(5, "python run", code, "python", true, Optional.empty());
            Lesson lesson =
                    new Lesson("01-flood", dir.resolve("01-flood.md"), "Flood", "", "", List.of(block), List.of());
            blocks.add((TryItView) new TryItPartFactory(classroom::newRunViewModel)
                    .create(block, lesson)
                    .orElseThrow()
                    .node());
        }
        Scene scene = new Scene(new ScrollPane(new VBox(12, blocks.toArray(TryItView[]::new))), 1200, 780);
        scene.getStylesheets()
                .add(ProcessLabApp.class.getResource("processlab.css").toExternalForm());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.setTitle("flood_peak_rss_mb");
        stage.show();
        return blocks;
    }

    /** How many runs a block made, and the bytes they wrote to their output. */
    private record Flood(int runs, long bytes) {}

    /** Presses Run again each time a run ends, for {@code time}; then Stop. */
    private static Flood floodFor(TryItView block, Duration time) throws Exception {
        long deadline = System.nanoTime() + time.toNanos();
        int runs = 0;
        long bytes = 0;
        while (System.nanoTime() < deadline) {
            onFx(() -> {
                block.run();
                return null;
            });
            runs++;
            while (onFx(block::isRunning) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            bytes += stopped(block).outputBytes();
        }
        return new Flood(runs, bytes);
    }

    /** Stops the block's run if it still goes on, and waits until it has ended. */
    private static Recording stopped(TryItView block) throws Exception {
        onFx(() -> {
            block.stop();
            return null;
        });
        long stopDeadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (onFx(block::isRunning)) {
            if (System.nanoTime() > stopDeadline) {
                throw new IllegalStateException("the flooding run did not stop");
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return onFx(() -> block.recordingProperty().get());
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** Fields of {@code /proc/self/status}, such as {@code VmRSS} (resident now) and {@code VmHWM} (its peak). */
    static final class ProcStatus {

        private ProcStatus() {}

        static double megabytes(String field) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
            throw new IOException("/proc/self/status has no " + field + " (not Linux?)");
        }
    }

    private static void verbose(String text) {
        if (Boolean.getBoolean("processlab.bench.verbose")) {
            System.err.println("flood: " + text);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The child's entry point: prints the figures as {@link #RESULT_MARKER} lines; exit 1 when it failed. */
    public static void main(String[] args) {
        int code = ProbeChild.printFigures(
                RESULT_MARKER, "flood_peak_rss_mb", () -> measureHere(FloodBenchmark.floodTime()));
        Platform.exit(); // the toolkit's threads would keep the JVM alive
        System.exit(code);
    }
}
