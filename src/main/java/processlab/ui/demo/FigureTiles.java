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

    FigureTiles(ObservableValue<RunFigures> figures) {
        getStyleClass().add("figure-tiles");
        setSpacing(6);
        setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(tile("figure-cores", cores, coresCaption), tile("figure-speedup", speedUp, speedUpCaption),
                tile("figure-wall", wall, caption("wall time")));
        figures.addListener((obs, old, now) -> show(now));
        show(figures.getValue());
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

    private static VBox tile(String id, Label value, Label caption) {
        VBox tile = new VBox(0, value, caption);
        tile.setId(id);
        tile.getStyleClass().add("figure-tile");
        return tile;
    }

    private static Label value() {
        Label label = new Label("—");
        label.getStyleClass().add("figure-value");
        return label;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("figure-caption");
        return label;
    }
}
