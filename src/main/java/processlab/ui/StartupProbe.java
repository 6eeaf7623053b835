package processlab.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Startup timing for {@code bench}: a child JVM started with {@code -Dprocesslab.startupProbe=…} prints
 * {@link #MARKER} once what it waits for has been drawn, then exits. The parent times spawn → marker.
 */
public final class StartupProbe {

    public static final String PROPERTY = "processlab.startupProbe";
    public static final String EMPTY_STAGE = "empty-stage";
    public static final String FIRST_LESSON = "first-lesson";
    public static final String MARKER = "PROCESSLAB_STARTUP_DRAWN";

    private StartupProbe() {
    }

    public static boolean isActive(String mode) {
        return mode.equals(System.getProperty(PROPERTY));
    }

    /**
     * Reports after the frame showing the current scene state has been rendered. Layout of that state happens
     * in the next pulse; the pulse after that only starts once the renderer has finished the previous frame,
     * so the second post-layout callback marks "on screen".
     */
    public static void reportAfterNextFrame(Scene scene) {
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            if (++pulses[0] == 2) {
                scene.removePostLayoutPulseListener(listener[0]);
                StartupTrace.mark("marker");
                System.out.println(MARKER);
                System.out.flush();
                Platform.exit();
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
