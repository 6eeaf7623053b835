package processlab.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether a demo is drawing a run live somewhere in the window. The lesson page keeps its scroll bitmap only
 * while nothing is: a still page scrolls faster from a bitmap, but a live one would repaint the whole bitmap
 * every frame (see {@code LessonView}). Used on the FX thread only.
 */
public final class LiveViews {

    private static final ReadOnlyBooleanWrapper ACTIVE = new ReadOnlyBooleanWrapper(false);
    private static int running;

    private LiveViews() {}

    public static ReadOnlyBooleanProperty activeProperty() {
        return ACTIVE.getReadOnlyProperty();
    }

    /** A demo started drawing a run live; each call is matched by one {@link #ended()}. */
    public static void started() {
        running++;
        ACTIVE.set(true);
    }

    public static void ended() {
        running = Math.max(0, running - 1);
        ACTIVE.set(running > 0);
    }
}
