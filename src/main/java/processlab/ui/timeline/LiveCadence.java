package processlab.ui.timeline;

/**
 * How often views redraw new data while a run is live: 4 times a second, and all on the same pulses.
 *
 * <p>Every pulse in which any node changed costs the renderer a repaint of the changed area; with software
 * rendering on a small machine that took a whole core, CPU taken from the very programs the views measure.
 * Views that redraw live data ask {@link #bucket(long)} with the pulse time their {@code AnimationTimer} was
 * given (the same for every timer in a pulse) and redraw when it changed, so their updates share pulses.
 * User actions (zoom, pan, resize) still redraw at once.
 */
public final class LiveCadence {

    public static final long PERIOD_NANOS = 250_000_000L;

    private LiveCadence() {}

    public static long bucket(long pulseNanos) {
        return pulseNanos / PERIOD_NANOS;
    }
}
