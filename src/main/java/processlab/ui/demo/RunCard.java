package processlab.ui.demo;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import processlab.ui.shell.ShellView;
import processlab.ui.timeline.TimelineView;
import processlab.ui.timeline.TimelineViewport;

/** One compared run: its name and status, its live timeline on the demo's shared time scale, its summary. */
final class RunCard extends VBox {

    private final TimelineView timeline;

    RunCard(RunEntry entry, TimelineViewport viewport, javafx.beans.property.BooleanProperty showAllThreads,
            javafx.beans.property.ObjectProperty<Prediction> prediction, int machineCores, int workers) {
        getStyleClass().add("run-card");
        setId("run-" + entry.kind().id());
        setSpacing(4);
        setPadding(new Insets(6, 0, 6, 0));

        Label title = new Label(entry.title());
        title.getStyleClass().add("run-title");
        Label status = new Label();
        status.getStyleClass().add("run-status");
        status.textProperty().bind(entry.statusProperty());
        status.setWrapText(true);
        // The run's name never gives way to a long status (e.g. how to install Python): the status wraps instead.
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(14, title, status);
        HBox.setHgrow(status, Priority.ALWAYS);
        heading.getStyleClass().add("run-heading");

        timeline = new TimelineView(viewport);
        timeline.recordingProperty().bind(entry.recordingProperty());
        timeline.showAllThreadsProperty().bind(showAllThreads);
        // Every compared run has its timeline from the press of Run: the page below does not move at each start.
        timeline.setEmptyMessage("Waiting for its turn…");
        timeline.visibleProperty().bind(entry.timelineShown());
        timeline.managedProperty().bind(timeline.visibleProperty());
        // Left/Right pan a timeline the student clicked; the shell would turn them into another lesson.
        ShellView.keepKeys(timeline);

        Label summary = new Label();
        summary.getStyleClass().add("run-summary");
        summary.textProperty().bind(entry.summaryProperty());
        summary.setWrapText(true);
        summary.visibleProperty().bind(summary.textProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());

        // The figures that make the point sit beside the timeline, big enough for the back of a room.
        FigureTiles tiles = new FigureTiles(entry.figuresProperty(), prediction);
        tiles.visibleProperty().bind(timeline.visibleProperty());
        tiles.managedProperty().bind(tiles.visibleProperty());
        HBox body = new HBox(12, timeline, tiles);
        HBox.setHgrow(timeline, Priority.ALWAYS);

        PredictionBar predict = new PredictionBar(prediction, machineCores, workers,
                "predict-" + entry.kind().id());

        getChildren().addAll(heading, predict, body, summary);
    }

    TimelineView timeline() {
        return timeline;
    }

    void dispose() {
        timeline.dispose();
    }
}
