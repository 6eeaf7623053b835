package processlab.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Nodes shown on the test's stage as the app styles its window: fonts, sizes and colours come from that. */
public final class AppLook {

    private AppLook() {}

    /** Shows {@code root} in the AtlantaFX light theme with the app's page stylesheet, {@code processlab.css}. */
    public static Scene show(Stage stage, Parent root, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets()
                .add(AppLook.class.getResource("/processlab/ui/processlab.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
