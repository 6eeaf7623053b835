package processlab.ui.demo;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

/**
 * "Predict first": two choices on a run's card, cores busy and speed-up, for the class to commit to before Run.
 * Wiring only: the guesses live in the view-model ({@link DemoViewModel#predictionProperty}).
 */
final class PredictionBar extends FlowPane {

    /** The choice that means "no guess": shown as a dash. */
    private static final double NO_GUESS = -1;

    PredictionBar(ObjectProperty<Prediction> prediction, int machineCores, int workers, String id) {
        super(10, 6);
        getStyleClass().add("prediction-bar");
        setId(id);
        Label label = new Label("Predict first:");
        label.getStyleClass().add("prediction-label");
        ChoiceBox<Double> cores = choice(
                Prediction.coreChoices(machineCores),
                value -> Prediction.coresText(value) + " of " + machineCores + " cores busy",
                "cores busy?");
        cores.getStyleClass().add("prediction-cores");
        ChoiceBox<Double> speedUp = choice(
                Prediction.speedUpChoices(workers),
                value -> Prediction.speedUpText(value) + " vs 1 worker",
                "speed-up?");
        speedUp.getStyleClass().add("prediction-speedup");
        show(prediction.get(), cores, speedUp);
        prediction.addListener((obs, old, now) -> show(now, cores, speedUp));
        cores.setOnAction(e -> prediction.set(prediction.get().withCores(guess(cores))));
        speedUp.setOnAction(e -> prediction.set(prediction.get().withSpeedUp(guess(speedUp))));
        getChildren().addAll(label, cores, speedUp);
    }

    private static ChoiceBox<Double> choice(List<Double> values, DoubleFunction<String> text, String none) {
        ChoiceBox<Double> box = new ChoiceBox<>();
        box.getItems().add(NO_GUESS);
        box.getItems().addAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null || value == NO_GUESS ? none : text.apply(value);
            }

            /** A ChoiceBox only shows its items, it never reads typed text: nothing to parse back. */
            @Override
            public Double fromString(String string) {
                return NO_GUESS;
            }
        });
        return box;
    }

    private static OptionalDouble guess(ChoiceBox<Double> box) {
        Double value = box.getValue();
        return value == null || value == NO_GUESS ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static void show(Prediction prediction, ChoiceBox<Double> cores, ChoiceBox<Double> speedUp) {
        cores.setValue(
                prediction.cores().isPresent()
                        ? nearest(cores, prediction.cores().getAsDouble())
                        : NO_GUESS);
        speedUp.setValue(
                prediction.speedUp().isPresent()
                        ? nearest(speedUp, prediction.speedUp().getAsDouble())
                        : NO_GUESS);
    }

    private static Double nearest(ChoiceBox<Double> box, double value) {
        Double best = NO_GUESS;
        for (Double item : box.getItems()) {
            if (item != NO_GUESS && (best == NO_GUESS || Math.abs(item - value) < Math.abs(best - value))) {
                best = item;
            }
        }
        return best;
    }
}
