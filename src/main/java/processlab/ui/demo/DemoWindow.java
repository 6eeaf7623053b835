package processlab.ui.demo;

import processlab.ui.common.LiveViews;

/**
 * What the demos of one window share: which of them draw a run live, and the rehearsal of the window's first run.
 *
 * @param warmUp null where nothing rehearses (demos outside the app's window)
 */
public record DemoWindow(LiveViews liveViews, DemoWarmUp warmUp) {

    /** For a demo outside the app's window (tests, single views): a live flag of its own and no rehearsal. */
    public static DemoWindow alone() {
        return new DemoWindow(new LiveViews(), null);
    }

    /** FX thread: a demo of the window is on screen. */
    void demoShown() {
        if (warmUp != null) {
            warmUp.demoShown();
        }
    }
}
