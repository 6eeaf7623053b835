package processlab.cli.bench;

import java.util.List;
import java.util.Locale;

/**
 * The observer's benchmarks, runnable alone:
 * {@code java -cp target/processlab.jar processlab.cli.bench.ObserverBenchmarks}. Prints the same JSON lines
 * as {@code bench}.
 */
public final class ObserverBenchmarks {

    private ObserverBenchmarks() {
    }

    /** The benchmarks this package offers for the {@code bench} command, in the order to run them. */
    public static List<Benchmark> all() {
        return List.of(new ObserverOverheadBenchmark(), new ObserverSlowdownBenchmark(), new CoreLoadErrorBenchmark());
    }

    public static void main(String[] args) throws Exception {
        for (Benchmark benchmark : all()) {
            for (BenchResult r : benchmark.run()) {
                System.out.println(String.format(Locale.ROOT, "{\"name\":\"%s\", \"value\":%s, \"unit\":\"%s\"}",
                        r.name(), r.value(), r.unit()));
            }
        }
    }
}
