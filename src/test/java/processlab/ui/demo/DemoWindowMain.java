package processlab.ui.demo;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import processlab.lesson.DemoSpec;
import processlab.run.TestRuns;
import processlab.run.spec.RunKind;
import processlab.run.spec.Workload;

/**
 * A throwaway window showing one demo panel that starts running at once: for looking at the panel under Xvfb
 * ({@code xvfb-run -a -s '-screen 0 1600x1000x24' java … processlab.ui.demo.DemoWindowMain}).
 */
public final class DemoWindowMain extends Application {

    @Override
    public void start(Stage stage) {
        String runs = System.getProperty("demo.runs", "python-threads,python-processes,java-threads");
        int workers = Integer.getInteger("demo.workers", 4);
        long size = Long.getLong("demo.size", 200_000L);
        DemoSpec spec = new DemoSpec(
                "Threads take turns, processes run at once",
                java.util.Arrays.stream(runs.split(","))
                        .map(id -> RunKind.fromId(id).orElseThrow())
                        .toList(),
                workers,
                workers,
                Workload.COUNT_PRIMES,
                size,
                60,
                Boolean.getBoolean("demo.together"),
                "default",
                false,
                0);
        DemoPanel panel = new DemoPanel(
                new DemoViewModel(spec, new EngineDemoRunner(TestRuns.environment()), Platform::runLater));
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 1600, Integer.getInteger("demo.height", 1000)));
        stage.setTitle("ProcessLab demo");
        stage.setX(0);
        stage.setY(0);
        stage.show();
        panel.model().run();
        stage.setOnCloseRequest(e -> panel.dispose());
    }

    /** A plain main class: with JavaFX on the class path the launcher refuses an Application subclass. */
    public static final class Launcher {

        public static void main(String[] args) {
            Application.launch(DemoWindowMain.class, args);
        }
    }
}
