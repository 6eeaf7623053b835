package processlab.ui.probe;

import java.util.Locale;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import processlab.recording.Recording;
import processlab.trace.RunSummary;
import processlab.ui.demo.DemoPart;
import processlab.ui.demo.DemoViewModel;
import processlab.ui.demo.RunEntry;
import processlab.ui.lesson.LessonPart;
import processlab.ui.lesson.LessonView;

/**
 * The first Run after start, for {@code bench}: a child app started with {@code -Dprocesslab.firstDemoProbe=MS}
 * waits until its window is complete, brings the lesson's first demo on screen, lets {@code MS} milliseconds pass
 * (a student finding the Run button), presses Run, and prints one {@link #RUN_MARKER} line per compared run as it
 * ends, then {@link #DONE_MARKER} and exits. Times are {@link System#nanoTime()} values, which on Linux are the
 * machine's monotonic clock, so the parent can line them up with what it read from {@code /proc} meanwhile.
 */
public final class FirstDemoProbe {

    public static final String PROPERTY = "processlab.firstDemoProbe";
    /** {@code PROCESSLAB_DEMO_RUN kind startNanos endNanos coresBusy cpuSeconds wallSeconds}. */
    public static final String RUN_MARKER = "PROCESSLAB_DEMO_RUN";
    /** {@code PROCESSLAB_DEMO_DONE startNanos endNanos}: from the first run's start to the demo's end. */
    public static final String DONE_MARKER = "PROCESSLAB_DEMO_DONE";

    private FirstDemoProbe() {}

    public static boolean isActive() {
        return System.getProperty(PROPERTY) != null;
    }

    /** Called once the window is complete; presses Run when the lesson page is complete too. */
    public static void install(LessonView lessons) {
        long delayMs = Long.getLong(PROPERTY, 0);
        if (lessons.completeProperty().get()) {
            pressRunLater(lessons, delayMs);
            return;
        }
        lessons.completeProperty().addListener((obs, was, complete) -> {
            if (complete) {
                pressRunLater(lessons, delayMs);
            }
        });
    }

    private static void pressRunLater(LessonView lessons, long delayMs) {
        Optional<DemoPart> demo = firstDemo(lessons);
        if (demo.isEmpty()) {
            System.out.println(DONE_MARKER + " no-demo");
            Platform.exit();
            return;
        }
        lessons.reveal(demo.get().node());
        PauseTransition reading = new PauseTransition(Duration.millis(Math.max(1, delayMs)));
        reading.setOnFinished(e -> press(demo.get().viewModel()));
        reading.play();
    }

    private static Optional<DemoPart> firstDemo(LessonView lessons) {
        for (LessonPart part : lessons.parts()) {
            if (part instanceof DemoPart demo) {
                return Optional.of(demo);
            }
        }
        return Optional.empty();
    }

    private static void press(DemoViewModel model) {
        long[] firstStart = {Long.MAX_VALUE};
        model.runningProperty().addListener((obs, was, running) -> {
            if (!running) {
                System.out.println(DONE_MARKER + " " + firstStart[0] + " " + System.nanoTime());
                System.out.flush();
                Platform.exit();
            }
        });
        model.run();
        for (RunEntry entry : model.entries()) {
            entry.statsProperty().addListener((obs, old, stats) -> {
                Recording recording = entry.recording();
                if (stats == null || recording == null) {
                    return;
                }
                RunSummary summary = stats.summary();
                long start = recording.originNanos();
                firstStart[0] = Math.min(firstStart[0], start);
                System.out.println(String.format(
                        Locale.ROOT,
                        "%s %s %d %d %.4f %.4f %.4f",
                        RUN_MARKER,
                        entry.kind().id(),
                        start,
                        start + recording.endNs(),
                        summary.averageParallelism(),
                        summary.cpuSeconds(),
                        summary.wallSeconds()));
                System.out.flush();
            });
        }
    }
}
