package processlab.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.run.TestRuns;
import processlab.ui.common.LiveViews;

/**
 * The rehearsal while the student reads: it observes the app's own process for a moment, draws it where nothing
 * shows, and leaves no thread behind; a run that starts meanwhile ends it at once.
 */
@ExtendWith(ApplicationExtension.class)
class DemoWarmUpFxTest {

    private static final String OWN_OBSERVER =
            "processlab-observer-" + ProcessHandle.current().pid();

    private final LiveViews liveViews = new LiveViews();
    private final DemoWarmUp warmUp = new DemoWarmUp(liveViews, TestRuns.environment());

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void rehearsesWithTheRealObserverAndLeavesNoThreadBehind() throws Exception {
        long began = System.nanoTime();
        CompletableFuture<Void> done = WaitForAsyncUtils.asyncFx(warmUp::run).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> threadsNamed(OWN_OBSERVER).size() == 1);
        done.get(20, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - began) / 1e9;
        assertTrue(seconds >= 1.0 && seconds < 10, "the rehearsal took " + seconds + " s");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> threadsNamed("processlab-warm-up").isEmpty()
                        && threadsNamed(OWN_OBSERVER).isEmpty()
                        && threadsNamed("processlab-timeline-layout").isEmpty());
    }

    @Test
    void aRunThatStartsEndsTheRehearsalAtOnce() throws Exception {
        CompletableFuture<Void> done = WaitForAsyncUtils.asyncFx(warmUp::run).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> threadsNamed(OWN_OBSERVER).size() == 1);
        long pressed = System.nanoTime();
        WaitForAsyncUtils.asyncFx(liveViews::started).get(5, TimeUnit.SECONDS);
        try {
            done.get(5, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - pressed) / 1e9;
            assertTrue(seconds < 0.5, "the rehearsal went on for " + seconds + " s after Run");
            WaitForAsyncUtils.waitFor(
                    5, TimeUnit.SECONDS, () -> threadsNamed(OWN_OBSERVER).isEmpty());
        } finally {
            WaitForAsyncUtils.asyncFx(liveViews::ended).get(5, TimeUnit.SECONDS);
        }
        assertEquals(false, liveViews.activeProperty().get());
    }

    private static List<Thread> threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith(prefix))
                .toList();
    }
}
