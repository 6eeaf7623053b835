package processlab.ui.timeline;

import processlab.timeline.TimeWindow;

/**
 * The time window that one or more timelines show, shared so that runs compared side by side keep one time
 * scale. While following, the window keeps the newest time in view; zooming or panning stops following. The
 * window never starts before 0, the run's start.
 * Used on the JavaFX thread only.
 */
public final class TimelineViewport {

    /** While following, this much run time is in view once a run is longer than it. */
    static final long LIVE_SPAN_NS = 10_000_000_000L;

    private static final long LEAD_NS = 500_000_000L;

    private TimeWindow window = new TimeWindow(0, LIVE_SPAN_NS);
    private boolean following = true;
    private long version;
    /** The end of the runs last fitted, the longest of those that share this window: Home goes back to it. */
    private long fittedEndNs;

    public TimeWindow window() {
        return window;
    }

    public boolean isFollowing() {
        return following;
    }

    /** Grows whenever the window changes, so views know when to redraw. */
    public long version() {
        return version;
    }

    /** Back to the start: following, first ten seconds in view. */
    public void reset() {
        following = true;
        fittedEndNs = 0;
        set(new TimeWindow(0, LIVE_SPAN_NS));
    }

    /** While following, keeps time {@code nowNs} in view; several views may call it, the latest time wins. */
    public void follow(long nowNs) {
        if (!following) {
            return;
        }
        long end = Math.max(window.endNs(), Math.max(LIVE_SPAN_NS, nowNs + LEAD_NS));
        long start = Math.max(0, end - Math.max(LIVE_SPAN_NS, window.lengthNs()));
        if (end != window.endNs() || start != window.startNs()) {
            set(new TimeWindow(start, end));
        }
    }

    /** Shows {@code 0..endNs} (a finished run) and stops following. */
    public void fit(long endNs) {
        following = false;
        fittedEndNs = endNs;
        set(new TimeWindow(0, Math.max(1_000_000L, Math.round(endNs * 1.04))));
    }

    /**
     * Back to the whole: {@code 0..endNs}, or the longer stretch last fitted. Home on one of the runs compared
     * side by side shows all of them again, not just that run.
     */
    public void fitWhole(long endNs) {
        fit(Math.max(endNs, fittedEndNs));
    }

    /**
     * Zooms around a time. Like {@link #pan}, it never shows time before the run began: an axis starting at
     * "-1 s" shows nothing there and reads as if something had happened before the start.
     */
    public void zoom(double factor, long anchorNs) {
        following = false;
        set(window.zoom(factor, anchorNs).notBefore(0));
    }

    public void pan(long deltaNs) {
        following = false;
        set(window.shift(deltaNs).notBefore(0));
    }

    private void set(TimeWindow newWindow) {
        window = newWindow;
        version++;
    }
}
