package processlab.ui.probe;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The floor any JavaFX app pays: an empty stage, shown. Started only by {@code bench} in a child JVM. */
public final class EmptyStageApp extends Application {

    @Override
    public void start(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds(); // same size rule as ProcessLabApp
        Pane root = new Pane();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight()));
        stage.setScene(scene);
        stage.setTitle("ProcessLab");
        stage.show();
        StartupProbe.reportWhenPainted(root);
    }
}
