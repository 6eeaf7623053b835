package processlab.ui.demo;

import javafx.scene.Node;
import processlab.ui.lesson.RunnablePart;

/** A demo block's live part of a lesson page; {@link #stop()} ends every run it started and its threads. */
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

    @Override
    public void runForTheClass() {
        panel.model().runForTheClass();
    }

    @Override
    public void stopRun() {
        panel.model().stop();
    }

    @Override
    public boolean isRunning() {
        return panel.model().runningProperty().get();
    }

    /**
     * Ends every run of the demo and lets its threads go: the lesson is being left (a pause in class is
     * {@link #stopRun()}). What the runs showed stays on screen and can still be exported.
     */
    @Override
    public void stop() {
        panel.model().close();
    }
}
