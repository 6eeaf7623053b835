package processlab.ui.demo;

import javafx.scene.Node;

import processlab.ui.lesson.RunnablePart;

/** A demo block's live part of a lesson page; {@link #stop()} ends every run it started. */
public final class DemoPart implements RunnablePart {

    private final DemoPanel panel;

    public DemoPart(DemoPanel panel) {
        this.panel = panel;
    }

    @Override
    public Node node() {
        return panel;
    }

    public DemoViewModel viewModel() {
        return panel.model();
    }

    /** Run / Stop from the keyboard (presentation mode). */
    @Override
    public void run() {
        panel.model().run();
    }

    /**
     * Ends every run of the demo (the lesson is being left). The panel stays usable: its timers already pause
     * while it is off screen, and pressing Run again starts afresh.
     */
    @Override
    public void stop() {
        panel.model().stop();
    }
}
