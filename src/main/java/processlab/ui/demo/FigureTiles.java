package processlab.ui.demo;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A run's figures as big tiles beside its timeline, for the back of a room: cores busy of the machine's,
 * speed-up over one worker, wall time. Until the run has ended each shows a dash. Colours come from the
 * stylesheet ({@code .figure-tile}), so the tiles follow the theme.
 */
final class FigureTiles extends VBox {

    private final Label cores = value();
    private final Label coresCaption = caption("cores busy");
    private final Label speedUp = value();
    private final Label speedUpCaption = caption("speed-up");
    private final Label wall = value();

    private final Label coresGuess = guess();
    private final Label speedUpGuess = guess();

    FigureTiles(ObservableValue<RunFigures> figures, ObservableValue<Prediction> prediction) {
        getStyleClass().add("figure-tiles");
        setSpacing(6);
        setMinWidth(USE_PREF_SIZE);
        getChildren()
                .addAll(
                        tile("figure-cores", cores, coresCaption, coresGuess),
                        tile("figure-speedup", speedUp, speedUpCaption, speedUpGuess),
                        tile("figure-wall", wall, caption("wall time")));
        figures.addListener((obs, old, now) -> show(now));
        show(figures.getValue());
        prediction.addListener((obs, old, now) -> showGuess(now));
        showGuess(prediction.getValue());
    }

    /** The class's guess under the measurement: predict, observe, then explain the difference. */
    private void showGuess(Prediction prediction) {
        guessText(
                coresGuess,
                prediction.cores().isPresent()
                        ? "predicted " + Prediction.coresText(prediction.cores().getAsDouble())
                        : "");
        guessText(
                speedUpGuess,
                prediction.speedUp().isPresent()
                        ? "predicted "
                                + Prediction.speedUpText(prediction.speedUp().getAsDouble())
                        : "");
    }

    private static void guessText(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }

    private void show(RunFigures figures) {
        if (figures == null) {
            cores.setText("—");
            coresCaption.setText("cores busy");
            speedUp.setText("—");
            speedUpCaption.setText("speed-up");
            wall.setText("—");
            return;
        }
        cores.setText(figures.cores());
        coresCaption.setText(figures.coresCaption());
        speedUp.setText(figures.speedUpText());
        speedUpCaption.setText(figures.speedUpCaption());
        wall.setText(figures.wall());
    }

    private static VBox tile(String id, Label... labels) {
        VBox tile = new VBox(0, labels);
        tile.setId(id);
        tile.getStyleClass().add("figure-tile");
        return tile;
    }

    private static Label value() {
        Label label = new Label("—");
        label.getStyleClass().add("figure-value");
        return label;
    }

    private static Label guess() {
        Label label = new Label();
        label.getStyleClass().add("figure-guess");
        return label;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("figure-caption");
        return label;
    }
}
