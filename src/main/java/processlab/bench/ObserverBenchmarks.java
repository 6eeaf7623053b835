package processlab.bench;

import java.util.List;

/** The observer's benchmarks, for the {@code bench} command. */
public final class ObserverBenchmarks {

    private ObserverBenchmarks() {}

    /** The benchmarks this package offers for the {@code bench} command, in the order to run them. */
    public static List<Benchmark> all() {
        return List.of(new ObserverOverheadBenchmark(), new ObserverSlowdownBenchmark(), new CoreLoadErrorBenchmark());
    }
}
