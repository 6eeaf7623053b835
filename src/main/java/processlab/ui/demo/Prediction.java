package processlab.ui.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What the class expects of one run before it runs: how many cores it will keep busy and how much faster than one
 * worker it will be. Predict, then observe, then explain: the run's tiles show the guess beside the measurement.
 * Either guess may be left open.
 */
public record Prediction(OptionalDouble cores, OptionalDouble speedUp) {

    public static final Prediction NONE = new Prediction(OptionalDouble.empty(), OptionalDouble.empty());

    public Prediction withCores(OptionalDouble value) {
        return new Prediction(value, speedUp);
    }

    public Prediction withSpeedUp(OptionalDouble value) {
        return new Prediction(cores, value);
    }

    public boolean isEmpty() {
        return cores.isEmpty() && speedUp.isEmpty();
    }

    /** The guesses offered for cores busy: halves from 0.5 up to every core of the machine. */
    public static List<Double> coreChoices(int machineCores) {
        List<Double> choices = new ArrayList<>();
        for (int halves = 1; halves <= 2 * Math.max(1, machineCores); halves++) {
            choices.add(halves / 2.0);
        }
        return choices;
    }

    /** The guesses offered for speed-up: slower (×0.5) up to one worker per task at best (× workers). */
    public static List<Double> speedUpChoices(int workers) {
        List<Double> choices = new ArrayList<>(List.of(0.5, 1.0));
        for (int halves = 3; halves <= 2 * Math.max(1, workers); halves++) {
            choices.add(halves / 2.0);
        }
        return choices;
    }

    public static String coresText(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public static String speedUpText(double value) {
        return String.format(Locale.ROOT, "×%.1f", value);
    }
}
