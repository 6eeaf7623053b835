package processlab.ui;

import java.util.function.LongConsumer;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;

/**
 * Calls a view once per frame while the view is in a scene, and not at all otherwise: a lesson page may hold
 * several live views, most of them never shown or already left.
 */
public final class FrameTimer {

    private FrameTimer() {
    }

    /** Starts and stops with {@code node}'s scene; {@code onFrame} gets the pulse time. */
    public static AnimationTimer whileInScene(Node node, LongConsumer onFrame) {
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onFrame.accept(now);
            }
        };
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                timer.stop();
            } else {
                timer.start();
            }
        });
        if (node.getScene() != null) {
            timer.start();
        }
        return timer;
    }
}
