package processlab.ui.common;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import processlab.run.observe.Lateness;

/**
 * Calls a view once per frame while the view is in a scene, and not at all otherwise: a lesson page may hold
 * several live views, most of them never shown or already left.
 */
public final class FrameTimer {

    /**
     * A pulse this much later than the one before, while a view is drawn every frame, is a frame the window missed:
     * the machine did not give the app the CPU to draw (see {@code RunPriority}, which reads it while runs are live
     * and then steps back less).
     */
    private static final long LATE_FRAME_NANOS = 250_000_000L;

    private static long lastPulse;
    /** Frame timers now running: the pulses stop when none is, so a gap after that is no missed frame. */
    private static int running;

    private FrameTimer() {}

    /** Starts and stops with {@code node}'s scene; {@code onFrame} gets the pulse time. */
    public static AnimationTimer whileInScene(Node node, LongConsumer onFrame) {
        AnimationTimer timer = new AnimationTimer() {
            private boolean started;

            @Override
            public void handle(long now) {
                noticeLateness(now);
                onFrame.accept(now);
            }

            @Override
            public void start() {
                if (!started) {
                    started = true;
                    if (running++ == 0) {
                        lastPulse = 0; // counted from this timer's first pulse: the time before may have had none
                    }
                }
                super.start();
            }

            @Override
            public void stop() {
                if (started) {
                    started = false;
                    running--;
                }
                super.stop();
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

    /** The timers of one pulse get the same time: the first compares it with the pulse before, the rest see no gap. */
    private static void noticeLateness(long pulse) {
        if (lastPulse != 0 && pulse - lastPulse > LATE_FRAME_NANOS) {
            Lateness.frameLate();
        }
        lastPulse = pulse;
    }
}
