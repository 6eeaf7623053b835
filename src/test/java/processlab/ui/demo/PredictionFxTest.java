package processlab.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.lesson.DemoSpec;
import processlab.run.spec.RunKind;

/** Predict, then run: the class's guesses stay on the card and show beside what was measured. */
@ExtendWith(ApplicationExtension.class)
class PredictionFxTest {

    private DemoViewModel model;
    private FakeDemoRunner runner;

    @Start
    void start(Stage stage) {
        DemoSpec spec = TestDemoSpecs.sleeping("t", RunKind.JAVA_THREADS);
        runner = new FakeDemoRunner(100, false);
        model = new DemoViewModel(spec, runner, Platform::runLater);
        Scene scene = new Scene(new DemoPanel(model), 1000, 760);
        scene.getStylesheets()
                .add(DemoPanel.class
                        .getResource("/processlab/ui/processlab.css")
                        .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGuessesMadeBeforeRunShowBesideTheMeasurementAndStayForTheNextRun(FxRobot robot) throws Exception {
        ChoiceBox<Double> cores =
                robot.lookup("#predict-java-threads .prediction-cores").queryAs(ChoiceBox.class);
        ChoiceBox<Double> speedUp =
                robot.lookup("#predict-java-threads .prediction-speedup").queryAs(ChoiceBox.class);
        assertEquals("cores busy?", cores.getConverter().toString(cores.getValue()), "no guess at first");
        robot.interact(() -> {
            cores.setValue(1.5);
            cores.getOnAction().handle(null);
            speedUp.setValue(2.0);
            speedUp.getOnAction().handle(null);
        });
        assertEquals(
                new Prediction(OptionalDouble.of(1.5), OptionalDouble.of(2.0)),
                model.predictionProperty(RunKind.JAVA_THREADS).get());
        for (int press = 0; press < 2; press++) {
            int startedBefore = runner.started.size();
            WaitForAsyncUtils.asyncFx(model::run).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> runner.started.size() == startedBefore + 2
                            && !model.runningProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("predicted 1.5", text(robot, "#figure-cores .figure-guess"), "press " + press);
            assertEquals("predicted ×2.0", text(robot, "#figure-speedup .figure-guess"));
            assertTrue(text(robot, "#figure-cores .figure-value").matches("[0-9]+\\.[0-9]"), "the measurement too");
        }
    }

    @Test
    void aPredictionIsKeptAsTextAndComesBackIntoANewDemo() {
        java.util.Map<RunKind, String> kept = new java.util.HashMap<>();
        PredictionMemory memory = new PredictionMemory() {
            @Override
            public java.util.Optional<String> load(RunKind kind) {
                return java.util.Optional.ofNullable(kept.get(kind));
            }

            @Override
            public void save(RunKind kind, String prediction) {
                kept.put(kind, prediction);
            }
        };
        DemoSpec spec = TestDemoSpecs.sleeping("t", RunKind.JAVA_THREADS);
        DemoViewModel first = new DemoViewModel(spec, runner, Runnable::run, Runnable::run, memory);
        first.predictionProperty(RunKind.JAVA_THREADS)
                .set(new Prediction(OptionalDouble.of(1.5), OptionalDouble.empty()));
        assertEquals("cores=1.5", kept.get(RunKind.JAVA_THREADS));
        DemoViewModel reopened = new DemoViewModel(spec, runner, Runnable::run, Runnable::run, memory);
        assertEquals(
                new Prediction(OptionalDouble.of(1.5), OptionalDouble.empty()),
                reopened.predictionProperty(RunKind.JAVA_THREADS).get());
        assertEquals(Prediction.NONE, Prediction.fromText("cores=x;nonsense"), "a damaged entry is no guess");
        assertEquals(
                new Prediction(OptionalDouble.of(2.0), OptionalDouble.of(1.5)),
                Prediction.fromText(new Prediction(OptionalDouble.of(2.0), OptionalDouble.of(1.5)).toText()));
    }

    @Test
    void inFrontOfAClassTheFirstRunAsksForPredictionsAndTheNextRuns(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(model::runForTheClass).get(5, TimeUnit.SECONDS);
        assertEquals(0, runner.started.size(), "nothing runs before the class has predicted");
        assertTrue(model.askingForPredictionsProperty().get());
        Label message = robot.lookup("#demo-message").queryAs(Label.class);
        assertTrue(message.getText().startsWith("Predict first"), message.getText());
        assertTrue(message.getStyleClass().contains("predict-step"));
        WaitForAsyncUtils.asyncFx(model::runForTheClass).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !runner.started.isEmpty());
        assertTrue(!model.askingForPredictionsProperty().get()
                && !message.getStyleClass().contains("predict-step"));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        int before = runner.started.size();
        robot.interact(() -> model.predictionProperty(RunKind.JAVA_THREADS)
                .set(new Prediction(OptionalDouble.of(1.0), OptionalDouble.empty())));
        WaitForAsyncUtils.asyncFx(model::runForTheClass).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> runner.started.size() > before);
        assertTrue(!model.askingForPredictionsProperty().get(), "with a prediction made, R runs at once");
    }

    @Test
    void theChoicesGoUpToTheMachinesCoresAndOneWorkerPerTask() {
        assertEquals(List.of(0.5, 1.0, 1.5, 2.0), Prediction.coreChoices(2));
        assertEquals(List.of(0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0), Prediction.speedUpChoices(4));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
