package processlab.ui.demo;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import processlab.recording.Recording;
import processlab.run.spec.RunKind;

/**
 * One of the runs a demo compares, as the panel shows it: its live Recording, a status line and, once it has
 * ended, its summary. Changed only on the JavaFX thread, by {@link DemoViewModel}.
 */
public final class RunEntry {

    public enum Phase {
        WAITING,
        RUNNING,
        ENDED,
        FAILED,
        CANCELLED
    }

    private final RunKind kind;
    private final boolean reserved;
    private final ReadOnlyObjectWrapper<Recording> recording = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.WAITING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("waiting");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RunStats> stats = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunFigures> figures = new ReadOnlyObjectWrapper<>();
    private RunStats baseline;
    private String speedUpNote = "speed-up";
    private final BooleanBinding timelineShown;

    /** A run the demo offers, before any press of Run. */
    RunEntry(RunKind kind) {
        this(kind, false);
    }

    /**
     * @param reserved made by a press of Run: its timeline takes its place on the page at once, before its turn
     *                 comes, so the page does not move (and is not laid out and repainted again) at every run start
     */
    RunEntry(RunKind kind, boolean reserved) {
        this.kind = kind;
        this.reserved = reserved;
        this.timelineShown = Bindings.createBooleanBinding(
                () -> recording.get() != null
                        || reserved && (phase.get() == Phase.WAITING || phase.get() == Phase.RUNNING),
                recording,
                phase);
    }

    public boolean reserved() {
        return reserved;
    }

    public RunKind kind() {
        return kind;
    }

    public String title() {
        return kind.displayName();
    }

    public ReadOnlyObjectProperty<Recording> recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    public Recording recording() {
        return recording.get();
    }

    /**
     * Whether the run's timeline is on the page: once it has a recording, and from the press of Run while it waits
     * for its turn. Before any Run a run is one line, and one that could not start keeps only its line and message.
     */
    public BooleanBinding timelineShown() {
        return timelineShown;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Wall time, CPU time, cores busy and speed-up; empty until the run has ended. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Cores busy, speed-up and wall time for the tiles; null until the run has ended. */
    public ReadOnlyObjectProperty<RunFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    // ---- changed by the view-model, on the JavaFX thread ------------------------------------------------

    void started(Recording value) {
        recording.set(value);
        phase.set(Phase.RUNNING);
        status.set("running…");
    }

    void ended(String how) {
        phase.set(Phase.ENDED);
        status.set(how);
        stats.set(RunStats.of(recording.get()));
        updateSummary();
    }

    void failed(String message) {
        phase.set(Phase.FAILED);
        status.set(message);
    }

    void cancelled() {
        if (phase.get() == Phase.WAITING) {
            phase.set(Phase.CANCELLED);
            status.set("not run (stopped)");
        }
    }

    void baselineMeasuring() {
        speedUpNote = "measuring 1 worker…";
        if (stats.get() != null) {
            summary.set(stats.get().describe() + " · speed-up: measuring 1 worker…");
            updateFigures();
        }
    }

    void baselineMeasured(RunStats oneWorker) {
        baseline = oneWorker;
        updateSummary();
    }

    void baselineMissing(String why) {
        speedUpNote = "speed-up " + why;
        if (stats.get() != null) {
            summary.set(stats.get().describe() + " · speed-up: " + why);
            updateFigures();
        }
    }

    private void updateFigures() {
        figures.set(RunFigures.of(
                stats.get(), baseline, speedUpNote, recording.get().coreCount()));
    }

    private void updateSummary() {
        RunStats own = stats.get();
        if (own == null) {
            return;
        }
        updateFigures();
        if (baseline == null) {
            summary.set(own.describe());
            return;
        }
        summary.set(own.describe()
                + String.format(
                        Locale.ROOT,
                        " · speed-up ×%.2f over 1 worker (%.2f s)",
                        own.speedUpOver(baseline),
                        baseline.wallSeconds()));
    }
}
