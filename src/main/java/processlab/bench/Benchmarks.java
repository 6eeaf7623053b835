package processlab.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The one door from {@code cli}'s {@code bench} command into the measurements: the command asks for this list and
 * prints what each benchmark returns, so {@code cli} never reaches into the UI the benchmarks drive.
 */
public final class Benchmarks {

    private Benchmarks() {}

    /** The benchmarks, in the order they run. Add yours with one line. */
    public static List<Benchmark> all() {
        List<Benchmark> all = new ArrayList<>();
        all.add(new StartupBenchmark());
        all.addAll(ObserverBenchmarks.all());
        all.add(new FrameTimeBenchmark());
        all.add(new FirstDemoBenchmark());
        all.add(new FloodBenchmark());
        return all;
    }
}
