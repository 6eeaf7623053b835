package processlab.ui.demo;

import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import processlab.recording.Recording;
import processlab.ui.common.Fxml;
import processlab.ui.common.KeepsKeys;
import processlab.ui.timeline.TimelineView;
import processlab.ui.timeline.TimelineViewport;

/**
 * One compared run (RunCard.fxml): its name and status, its live timeline, its summary. The timeline shows the
 * demo's shared time scale, or, while {@code sameTimeScale} is off, a scale of its own fitted to this run, so a 0.6 s run is
 * not a sliver beside a 7.5 s one.
 */
final class RunCard extends VBox {

    private final TimelineView timeline;
    private final RunEntry entry;
    private final TimelineViewport shared;
    private final TimelineViewport own = new TimelineViewport();
    private final ObservableValue<Boolean> sameTimeScale;
    private final ChangeListener<Boolean> scaleChosen = (obs, was, same) -> chooseScale();
    private final ChangeListener<RunEntry.Phase> phaseChanged = (obs, was, phase) -> fitOwnWhenEnded();
    private final ChangeListener<Recording> recordingChanged = (obs, was, now) -> own.reset();

    // From RunCard.fxml.
    @FXML
    private Label runTitle;

    @FXML
    private Label runStatus;

    @FXML
    private Label runSummary;

    RunCard(
            RunEntry entry,
            TimelineViewport viewport,
            BooleanProperty showAllThreads,
            ObservableValue<Boolean> sameTimeScale,
            ObjectProperty<Prediction> prediction,
            int machineCores,
            int workers) {
        this.entry = entry;
        this.shared = viewport;
        this.sameTimeScale = sameTimeScale;
        timeline = new TimelineView(viewport);
        // The figures that make the point, beside the timeline.
        FigureTiles tiles = new FigureTiles(entry.figuresProperty(), prediction);
        PredictionBar predict = new PredictionBar(
                prediction, machineCores, workers, "predict-" + entry.kind().id());
        HBox.setHgrow(timeline, Priority.ALWAYS);
        Fxml.loadInto(this, Map.of("predict", predict, "timeline", timeline, "tiles", tiles));
        setId("run-" + entry.kind().id());

        runTitle.setText(entry.title());
        runStatus.textProperty().bind(entry.statusProperty());

        timeline.recordingProperty().bind(entry.recordingProperty());
        timeline.showAllThreadsProperty().bind(showAllThreads);
        // Every compared run has its timeline from the press of Run: the page below does not move at each start.
        timeline.setEmptyMessage("Waiting for its turn…");
        timeline.visibleProperty().bind(entry.timelineShown());
        timeline.managedProperty().bind(timeline.visibleProperty());
        // Left/Right pan a timeline the student clicked; the shell would turn them into another lesson.
        KeepsKeys.mark(timeline);

        runSummary.textProperty().bind(entry.summaryProperty());
        runSummary.visibleProperty().bind(runSummary.textProperty().isNotEmpty());
        runSummary.managedProperty().bind(runSummary.visibleProperty());

        tiles.visibleProperty().bind(timeline.visibleProperty());
        tiles.managedProperty().bind(tiles.visibleProperty());

        sameTimeScale.addListener(scaleChosen);
        entry.phaseProperty().addListener(phaseChanged);
        entry.recordingProperty().addListener(recordingChanged);
        chooseScale();
    }

    private void chooseScale() {
        boolean same = sameTimeScale.getValue();
        if (!same) {
            fitOwnWhenEnded();
        }
        timeline.setViewport(same ? shared : own);
    }

    /** A run that has ended fills its own scale; a live one keeps following its newest time. */
    private void fitOwnWhenEnded() {
        Recording recording = entry.recording();
        RunEntry.Phase phase = entry.phaseProperty().get();
        if (recording != null && phase != RunEntry.Phase.WAITING && phase != RunEntry.Phase.RUNNING) {
            own.fit(recording.isFinished() ? recording.endNs() : recording.now());
        }
    }

    TimelineView timeline() {
        return timeline;
    }

    void dispose() {
        sameTimeScale.removeListener(scaleChosen);
        entry.phaseProperty().removeListener(phaseChanged);
        entry.recordingProperty().removeListener(recordingChanged);
        timeline.dispose();
    }
}
