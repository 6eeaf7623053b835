package processlab.bench;

/** One line of {@code bench} output: {@code {"name":…, "value":…, "unit":…}}. */
public record BenchResult(String name, double value, String unit) {}
