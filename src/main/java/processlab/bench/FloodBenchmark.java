package processlab.bench;

import java.time.Duration;
import java.util.List;

/**
 * The app's memory under endless output, as a student's {@code while True: print(…)} makes it. A child JVM started
 * with the app's own options floods two real try-it blocks for {@link #floodTime()} ({@link BenchFloodProbe}) and
 * reports its resident memory from {@code /proc/self/status}:
 * <ul>
 * <li>{@code flood_start_rss_mb}: with the page on screen, before the first Run;</li>
 * <li>{@code flood_peak_rss_mb}: the high-water mark ({@code VmHWM}), which the flood sets;</li>
 * <li>{@code flood_after_rss_mb}: once the app has idled {@link BenchFloodProbe#AFTER} since the last run ended;</li>
 * <li>{@code flood_output_mb}: what the flooding programs wrote, for scale.</li>
 * </ul>
 * The flood lasts {@value #DEFAULT_SECONDS} s by default, half per block; {@code -Dprocesslab.bench.floodSeconds=60}
 * gives the minute of the issue that asked for these figures.
 */
public final class FloodBenchmark implements Benchmark {

    public static final String SECONDS_PROPERTY = "processlab.bench.floodSeconds";
    static final long DEFAULT_SECONDS = 16;
    private static final long SPARE_SECONDS = 120;

    private final boolean headless;

    public FloodBenchmark() {
        this(System.getenv("DISPLAY") == null || Boolean.getBoolean("processlab.bench.headless"));
    }

    /** @param headless run the child on Monocle's headless platform (no display needed) */
    public FloodBenchmark(boolean headless) {
        this.headless = headless;
    }

    /** How long the flood lasts: {@value #SECONDS_PROPERTY} seconds, or {@value #DEFAULT_SECONDS}. */
    static Duration floodTime() {
        return Duration.ofSeconds(Math.max(2, Long.getLong(SECONDS_PROPERTY, DEFAULT_SECONDS)));
    }

    @Override
    public List<BenchResult> run() throws Exception {
        return ProbeChild.run(
                headless,
                List.of("-D" + SECONDS_PROPERTY + "=" + floodTime().toSeconds()),
                BenchFloodProbe.class,
                BenchFloodProbe.RESULT_MARKER,
                floodTime().toSeconds() + SPARE_SECONDS,
                (child, fields) -> false);
    }
}
