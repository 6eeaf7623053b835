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

    /** "cores=1.5;speedUp=2.0", either part left out when there is no guess; "" for no guess at all. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        cores.ifPresent(value -> text.append("cores=").append(value));
        speedUp.ifPresent(value ->
                text.append(text.isEmpty() ? "" : ";").append("speedUp=").append(value));
        return text.toString();
    }

    /** The prediction {@link #toText()} wrote; what it cannot read is left as no guess. */
    public static Prediction fromText(String text) {
        Prediction prediction = NONE;
        for (String part : text.split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            try {
                OptionalDouble value = OptionalDouble.of(Double.parseDouble(pair[1].trim()));
                if (pair[0].trim().equals("cores")) {
                    prediction = prediction.withCores(value);
                } else if (pair[0].trim().equals("speedUp")) {
                    prediction = prediction.withSpeedUp(value);
                }
            } catch (NumberFormatException unreadable) {
                // A damaged entry is a missing guess, not a broken demo.
            }
        }
        return prediction;
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
