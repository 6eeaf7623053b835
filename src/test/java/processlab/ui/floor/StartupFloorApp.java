package processlab.ui.floor;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import processlab.ui.probe.StartupProbe;

/**
 * The smallest windows that show text: twenty lines as plain {@link Text}, as {@code Text} under the app's theme,
 * and as themed {@link Label}s (controls, with skins and their CSS). Timed like the app by
 * {@link StartupFloor}; they show what any first frame with text costs on a machine, against an empty stage.
 */
public final class StartupFloorApp extends Application {

    static final List<String> KINDS = List.of("texts", "themed-texts", "themed-labels", "themed-page");

    @Override
    public void start(Stage stage) {
        String kind = System.getProperty(StartupProbe.PROPERTY);
        if (kind.startsWith("themed")) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        }
        if (kind.equals("themed-page")) {
            showPage(stage);
            return;
        }
        VBox lines = new VBox(8);
        for (int i = 1; i <= 20; i++) {
            String line = "Line " + i + ": a paragraph of a lesson, as long as a line of prose usually is.";
            Node node = kind.endsWith("labels") ? new Label(line) : new Text(line);
            lines.getChildren().add(node);
        }
        stage.setScene(new Scene(lines, 1280, 800));
        stage.show();
        StartupProbe.reportWhenPainted(lines);
    }

    /**
     * The app's first frame rebuilt from plain JavaFX, with none of the app's code: the theme and the app's
     * stylesheet, a top bar, an empty sidebar, and a title, a question and ten paragraphs in a scroll pane.
     */
    private static void showPage(Stage stage) {
        VBox page = new VBox(12);
        page.getStyleClass().add("lesson-page");
        Label title = new Label("What multiprocessing is, and why it helps");
        title.getStyleClass().add("lesson-title");
        Label question = new Label("What is multiprocessing in python? Why is it useful?");
        question.getStyleClass().add("lesson-question");
        page.getChildren().addAll(title, question);
        for (int i = 1; i <= 10; i++) {
            Text bold = new Text("Paragraph " + i + ". ");
            bold.getStyleClass().add("strong");
            javafx.scene.text.TextFlow paragraph = new javafx.scene.text.TextFlow(
                    bold,
                    new Text("When you type a command, the operating system starts a process. A process has its own "),
                    new Text("memory"),
                    new Text(", its own open files and at least one thread that runs the code."));
            paragraph.getStyleClass().add("paragraph");
            page.getChildren().add(paragraph);
        }
        javafx.scene.control.ScrollPane scroller =
                new javafx.scene.control.ScrollPane(new javafx.scene.layout.StackPane(page));
        scroller.setFitToWidth(true);
        javafx.scene.layout.HBox top =
                new javafx.scene.layout.HBox(16, new Label("ProcessLab"), new Label("12 lessons"));
        top.getStyleClass().add("top-bar");
        javafx.scene.layout.Region sidebar = new javafx.scene.layout.Region();
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPrefWidth(340);
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(scroller, top, null, null, sidebar);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets()
                .add(processlab.ui.ProcessLabApp.class
                        .getResource("processlab.css")
                        .toExternalForm());
        stage.setScene(scene);
        stage.show();
        StartupProbe.reportWhenPainted(root);
    }
}
