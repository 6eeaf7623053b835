package processlab.bench;

import java.util.List;

/** One group of figures printed by {@code bench}, one JSON line each. */
public interface Benchmark {

    List<BenchResult> run() throws Exception;
}
