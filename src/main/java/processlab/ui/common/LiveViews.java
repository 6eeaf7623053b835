package processlab.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether a demo is drawing a run live somewhere in one window. The lesson page keeps its scroll bitmap only while
 * nothing is: a still page scrolls faster from a bitmap, but a live one would repaint the whole bitmap every frame
 * (see {@code LessonView}), and the first run's rehearsal gives way at once to a real run. The app makes one per
 * window and hands it to the page and the demos. Used on the FX thread only.
 */
public final class LiveViews {

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private int running;

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** A demo started drawing a run live; each call is matched by one {@link #ended()}. */
    public void started() {
        running++;
        active.set(true);
    }

    public void ended() {
        running = Math.max(0, running - 1);
        active.set(running > 0);
    }
}
