package processlab.ui.floor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import processlab.bench.StartupBenchmark;
import processlab.ui.probe.StartupProbe;

/**
 * What start-up costs before the app's own work: prints, as ratios to an empty stage (medians of 7 child JVMs
 * each, alternating), the floor windows of {@link StartupFloorApp} and the app's first lesson. Run it after
 * {@code mvn verify} with
 * {@code java -cp target/processlab.jar:target/test-classes processlab.ui.floor.StartupFloor}
 * (without DISPLAY for Monocle's headless platform, as {@code bench} does).
 */
public final class StartupFloor {

    private static final int RUNS = 7;

    private StartupFloor() {}

    public static void main(String[] args) throws Exception {
        if (StartupFloorApp.KINDS.contains(System.getProperty(StartupProbe.PROPERTY, ""))) {
            // A child: the launcher does not start an Application class directly with JavaFX on the class path.
            javafx.application.Application.launch(StartupFloorApp.class, args);
            return;
        }
        boolean headless = System.getenv("DISPLAY") == null;
        List<String> names = new ArrayList<>(List.of("empty-stage"));
        names.addAll(StartupFloorApp.KINDS);
        names.add("first-lesson");
        double[][] times = new double[names.size()][RUNS];
        List<String> lessons =
                List.of("--lessons", Path.of("lessons").toAbsolutePath().toString());
        for (int run = 0; run < RUNS; run++) {
            times[0][run] =
                    StartupBenchmark.timeChild(StartupProbe.EMPTY_STAGE, "processlab.Main", List.of(), headless);
            for (int k = 0; k < StartupFloorApp.KINDS.size(); k++) {
                times[k + 1][run] = StartupBenchmark.timeChild(
                        StartupFloorApp.KINDS.get(k), StartupFloor.class.getName(), List.of(), headless);
            }
            times[names.size() - 1][run] =
                    StartupBenchmark.timeChild(StartupProbe.FIRST_LESSON, "processlab.Main", lessons, headless);
        }
        double empty = median(times[0]);
        for (int i = 0; i < names.size(); i++) {
            System.out.printf("%-14s %6.0f ms  %.2fx%n", names.get(i), median(times[i]), median(times[i]) / empty);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
