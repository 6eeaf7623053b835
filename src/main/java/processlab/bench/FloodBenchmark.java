package processlab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
    private static final boolean VERBOSE = Boolean.getBoolean("processlab.bench.verbose");

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
        List<String> command = new ArrayList<>(ChildJvm.appCommand(headless));
        command.add("-D" + SECONDS_PROPERTY + "=" + floodTime().toSeconds());
        if (VERBOSE) {
            command.add("-Dprocesslab.bench.verbose=true");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchFloodProbe.class.getName()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        ChildJvm.killAfter(child, floodTime().toSeconds() + SPARE_SECONDS);
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            List<BenchResult> results = new ArrayList<>();
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = output.readLine()) != null) {
                String[] fields = line.trim().split(" ");
                if (fields[0].equals(BenchFloodProbe.RESULT_MARKER) && fields.length == 4) {
                    results.add(new BenchResult(fields[1], Double.parseDouble(fields[2]), fields[3]));
                } else if (VERBOSE) {
                    System.err.println(line);
                } else if (seen.length() < 4000) {
                    seen.append(line).append('\n');
                }
            }
            int exit = child.waitFor();
            if (exit != 0 || results.isEmpty()) {
                throw new IOException("the flood child ended (exit " + exit + ") without its figures:\n" + seen);
            }
            return results;
        } finally {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
