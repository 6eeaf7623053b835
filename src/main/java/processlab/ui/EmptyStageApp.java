package processlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/** The floor any JavaFX app pays: an empty stage, shown. Started only by {@code bench} in a child JVM. */
public final class EmptyStageApp extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Pane(), 1280, 820);
        stage.setScene(scene);
        stage.setTitle("ProcessLab");
        stage.show();
        StartupProbe.reportAfterNextFrame(scene);
    }
}
