package processlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.ui.common.FramePainted;

/**
 * The action waits for the pulse that lays out the change and for the next one (whose wait for the renderer
 * covers the paint of the first), and leaves the pane as it found it.
 */
@ExtendWith(ApplicationExtension.class)
class FramePaintedTest {

    private final VBox pane = new VBox();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(pane, 400, 300);
        scene.addPostLayoutPulseListener(() -> events.add("laid out"));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void runsAfterTheChangeIsLaidOutAndOneMorePulseAndLeavesNoTrace(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Label label = new Label("a change");
        robot.interact(() -> {
            events.clear();
            pane.getChildren().add(label);
            FramePainted.then(pane, () -> events.add("painted: " + label.getWidth()));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.stream().anyMatch(e -> e.startsWith("painted")));
        WaitForAsyncUtils.waitForFxEvents();
        int painted = events.indexOf(
                events.stream().filter(e -> e.startsWith("painted")).findFirst().orElseThrow());
        assertTrue(painted >= 2, "two layout pulses come first: " + events);
        assertTrue(!events.get(painted).equals("painted: 0.0"), "the label was laid out before: " + events);
        assertEquals(List.of(label), List.copyOf(pane.getChildren()), "the pane holds only what it held");
    }

    @Test
    void withoutASceneTheActionStillRuns() throws Exception {
        VBox detached = new VBox();
        AtomicBoolean ran = new AtomicBoolean();
        javafx.application.Platform.runLater(() -> FramePainted.then(detached, () -> ran.set(true)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, ran::get);
        assertTrue(detached.getChildren().isEmpty());
    }

    @Test
    void inAWindowThatIsNotShowingTheActionStillRuns() throws Exception {
        VBox hidden = new VBox();
        AtomicBoolean ran = new AtomicBoolean();
        javafx.application.Platform.runLater(() -> {
            new Stage().setScene(new Scene(hidden, 200, 100)); // a window never shown runs no pulses
            FramePainted.then(hidden, () -> ran.set(true));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, ran::get);
        assertTrue(hidden.getChildren().isEmpty());
    }
}
