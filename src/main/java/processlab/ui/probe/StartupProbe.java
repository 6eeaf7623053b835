package processlab.ui.probe;

import javafx.application.Platform;
import javafx.scene.layout.Pane;
import processlab.ui.common.FramePainted;
import processlab.ui.common.StartupTrace;

/**
 * Startup timing for {@code bench}: a child JVM started with {@code -Dprocesslab.startupProbe=…} prints
 * {@link #MARKER} once the frame showing what it waits for has been painted (see {@link FramePainted}), then
 * exits. The parent times spawn → marker.
 */
public final class StartupProbe {

    public static final String PROPERTY = "processlab.startupProbe";
    public static final String EMPTY_STAGE = "empty-stage";
    public static final String FIRST_LESSON = "first-lesson";
    /** The whole window: the first lesson and every control around it (search, list, navigation). */
    public static final String WINDOW_COMPLETE = "window-complete";

    public static final String MARKER = "PROCESSLAB_STARTUP_DRAWN";

    private StartupProbe() {}

    public static boolean isActive(String mode) {
        return mode.equals(System.getProperty(PROPERTY));
    }

    /** Prints the marker once the frame showing the pane's current state has been painted, then exits. */
    public static void reportWhenPainted(Pane pane) {
        FramePainted.then(pane, () -> {
            StartupTrace.mark("marker");
            if (pane.getScene() != null) {
                StartupTrace.census(pane.getScene());
            }
            System.out.println(MARKER);
            System.out.flush();
            Platform.exit();
        });
    }
}
