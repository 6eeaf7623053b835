package processlab.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Runs an action once the frame that shows a pane's current state has been painted.
 *
 * <p>JavaFX has no public "frame painted" callback, and counting pulses is not enough: a pulse's post-layout
 * listeners run before the renderer has finished the previous frame. A pulse waits for the renderer only when
 * it has changes to hand over, just before it hands them over. So: the first pulse lays out the current state
 * and hands it to the renderer. In the second pulse an empty, invisible, unmanaged node is added to the pane,
 * which makes that pulse wait for the renderer. An action posted from that pulse runs after it, that is after
 * the paint; it is posted once more so that it also comes after the hand-over of the pixels to the window (on
 * GTK that goes through the FX thread's queue). The node is removed again before the action runs.
 *
 * <p>Call it after changing the pane, outside a pulse (from start-up code or an event handler), so that the
 * next pulse is the one that lays out those changes.
 */
public final class FramePainted {

    private FramePainted() {}

    public static void then(Pane pane, Runnable action) {
        Scene scene = pane.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            Platform.runLater(action); // nothing is painted, and no pulse runs, without a window on screen
            return;
        }
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            if (++pulses[0] == 1) {
                Platform.requestNextPulse(); // the state is laid out and goes to the renderer now
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            Region sentinel = new Region();
            sentinel.setManaged(false);
            sentinel.setVisible(false);
            pane.getChildren().add(sentinel);
            Platform.runLater(() -> {
                pane.getChildren().remove(sentinel);
                // On some platforms (GTK) the renderer hands the painted pixels to the window through the FX
                // thread's queue, after this runnable was queued; one more turn puts the action behind them.
                Platform.runLater(action);
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
