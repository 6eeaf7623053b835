package processlab.ui.demo;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The three figures that make a demo's point, as its tiles show them: how many of the machine's cores the run kept
 * busy, how much faster it was than one worker, and its wall time. Plain text, so the tiles are thin and the
 * wording is tested without the toolkit.
 *
 * @param speedUpNote what stands in for the speed-up while it is not known ("measuring…", "not measured")
 */
public record RunFigures(
        double coresBusy, int machineCores, double wallSeconds, OptionalDouble speedUp, String speedUpNote) {

    /** A run that has ended; {@code baseline} is its 1-worker twin, or null. */
    static RunFigures of(RunStats run, RunStats baseline, String speedUpNote, int machineCores) {
        OptionalDouble speedUp =
                baseline == null ? OptionalDouble.empty() : OptionalDouble.of(run.speedUpOver(baseline));
        return new RunFigures(
                run.summary().averageParallelism(), machineCores, run.wallSeconds(), speedUp, speedUpNote);
    }

    public String cores() {
        return String.format(Locale.ROOT, "%.1f", coresBusy);
    }

    public String coresCaption() {
        return "of " + machineCores + (machineCores == 1 ? " core busy" : " cores busy");
    }

    public String speedUpText() {
        return speedUp.isPresent() ? String.format(Locale.ROOT, "×%.1f", speedUp.getAsDouble()) : "—";
    }

    public String speedUpCaption() {
        return speedUp.isPresent() ? "vs 1 worker" : speedUpNote;
    }

    /** All three on one line, for a picture of the runs: "1.7 of 2 cores busy · ×1.7 vs 1 worker · wall 1.28 s". */
    public String oneLine() {
        String speed = speedUp.isPresent() ? speedUpText() + " vs 1 worker" : speedUpNote;
        return cores() + " " + coresCaption() + (speed.isEmpty() ? "" : " · " + speed) + " · wall " + wall();
    }

    public String wall() {
        double s = wallSeconds;
        return s < 10 ? String.format(Locale.ROOT, "%.2f s", s) : String.format(Locale.ROOT, "%.1f s", s);
    }
}
