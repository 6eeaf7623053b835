package processlab.ui.progress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import processlab.lesson.LessonLoader;
import processlab.progress.ProgressStore;
import processlab.run.TestRuns;
import processlab.settings.Settings;
import processlab.settings.StartOptions;
import processlab.tryit.EngineCodeRunner;
import processlab.ui.AppFxTest;
import processlab.ui.Classroom;
import processlab.ui.ProcessLabApp;
import processlab.ui.shell.LessonItem;

/** A lesson that failed to load shows its errors, whole and at once; that is not reading it. */
class BrokenLessonProgressAppTest extends AppFxTest {

    @TempDir
    Path dir;

    private ProgressStore progress;

    @Test
    void aLessonThatFailedToLoadIsNeverMarkedRead(FxRobot robot) throws Exception {
        Path lessons = Files.createDirectory(dir.resolve("lessons"));
        Files.writeString(lessons.resolve("01-short.md"), "---\ntitle: Short\n---\nOne line.\n");
        Files.writeString(lessons.resolve("02-broken.md"), "---\ntitle: Broken\n---\n```demo\nruns: [nope]\n```\n");
        progress = ProgressStore.open(dir.resolve("config"));
        robot.interact(() -> {
            app = new ProcessLabApp(
                    List.of(),
                    LessonLoader::loadFolder,
                    () -> new Classroom(new EngineCodeRunner(TestRuns.environment()), progress),
                    Settings::inMemory);
            app.start(stage, new StartOptions(Optional.of(lessons), Optional.empty(), false));
        });
        // The mechanism works here: a short lesson's end is on screen at once, so it counts as read.
        waitUntil(() -> progress.isLessonRead("01-short"));

        robot.interact(() -> app.viewModel().selectLesson("02-broken"));
        waitUntil(() -> selectedId().equals("02-broken")
                && app.lessonView()
                        .shown()
                        .map(lesson -> lesson.id().equals("02-broken"))
                        .orElse(false));
        AtomicInteger layouts = new AtomicInteger();
        Runnable count = layouts::incrementAndGet;
        robot.interact(() -> stage.getScene().addPostLayoutPulseListener(count));
        for (int pulse = 0; pulse < 3; pulse++) { // the tracker checks after each layout pulse
            int before = layouts.get();
            robot.interact(() -> stage.getScene().getRoot().requestLayout());
            waitUntil(() -> layouts.get() > before);
        }
        robot.interact(() -> stage.getScene().removePostLayoutPulseListener(count));

        assertTrue(app.lessonView().isEndInView(), "the whole error card is on screen");
        assertFalse(progress.isLessonRead("02-broken"), "its errors were seen, not the lesson");
    }

    private String selectedId() {
        return app.viewModel().selected().map(LessonItem::id).orElse("");
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
