package processlab.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintStream;
import java.util.List;
import processlab.bench.BenchResult;
import processlab.bench.Benchmark;
import processlab.bench.Benchmarks;

/** {@code bench}: runs every benchmark and prints one JSON object per figure, one per line. */
public final class BenchCommand implements Command {

    private final List<Benchmark> benchmarks;

    public BenchCommand() {
        this(Benchmarks.all());
    }

    BenchCommand(List<Benchmark> benchmarks) {
        this.benchmarks = List.copyOf(benchmarks);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (!args.isEmpty()) {
            throw new UsageException("bench takes no arguments (got " + args + ")");
        }
        int failures = 0;
        for (Benchmark benchmark : benchmarks) {
            try {
                for (BenchResult result : benchmark.run()) {
                    out.println(toJson(result));
                    out.flush();
                }
            } catch (Exception e) {
                // One broken benchmark must not hide the others' figures.
                err.println("bench: " + benchmark.getClass().getSimpleName() + " failed: " + e.getMessage());
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    static String toJson(BenchResult result) throws java.io.IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("name", result.name());
            json.writeNumberField("value", result.value());
            json.writeStringField("unit", result.unit());
            json.writeEndObject();
        }
        return text.toString();
    }
}
