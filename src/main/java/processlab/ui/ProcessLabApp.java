package processlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the shell window. */
public class ProcessLabApp extends Application {

    @Override
    public void start(Stage stage) {
        Label label = new Label("ProcessLab");
        label.setId("placeholder");
        stage.setScene(new Scene(label, 1200, 800));
        stage.setTitle("ProcessLab");
        stage.show();
    }
}
