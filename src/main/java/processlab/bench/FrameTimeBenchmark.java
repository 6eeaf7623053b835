package processlab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code frame_p99_ms}: the 99th percentile of the time between two frames (AnimationTimer calls) while a real
 * run of 32 busy Java threads is drawn live, timeline and core meters, in a real stage. Beside it,
 * {@code frame_app_cpu_cores}: the cores the app's JVM kept busy over the same window (drawing, observing,
 * compiling), CPU the run itself did not get. Both come from a child JVM started with the app's own options
 * ({@link ChildJvm#appCommand}), so they measure the app as users start it, not the {@code bench} JVM.
 */
public final class FrameTimeBenchmark implements Benchmark {

    private static final long TIMEOUT_SECONDS = 180;
    private static final boolean VERBOSE = Boolean.getBoolean("processlab.bench.verbose");

    private final boolean headless;

    public FrameTimeBenchmark() {
        this(System.getenv("DISPLAY") == null || Boolean.getBoolean("processlab.bench.headless"));
    }

    /** @param headless run the child on Monocle's headless platform (no display needed) */
    public FrameTimeBenchmark(boolean headless) {
        this.headless = headless;
    }

    @Override
    public List<BenchResult> run() throws Exception {
        List<String> command = new ArrayList<>(ChildJvm.appCommand(headless));
        if (VERBOSE) {
            command.add("-Dprocesslab.bench.verbose=true");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FrameTimeProbe.class.getName()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        ChildJvm.killAfter(child, TIMEOUT_SECONDS);
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            List<BenchResult> results = new ArrayList<>();
            ThreadCensus windowBegin = null;
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = output.readLine()) != null) {
                String[] fields = line.trim().split(" ");
                if (fields[0].equals(FrameTimeProbe.RESULT_MARKER) && fields.length == 4) {
                    results.add(new BenchResult(fields[1], Double.parseDouble(fields[2]), fields[3]));
                } else if (fields[0].equals(FrameTimeProbe.WINDOW_MARKER) && fields.length == 2) {
                    // Where the child's CPU went, read from /proc by this process (verbose output only).
                    if (VERBOSE && fields[1].equals("begin")) {
                        windowBegin = ThreadCensus.of(child.pid());
                    } else if (VERBOSE && windowBegin != null) {
                        System.err.println("app threads, CPU s: " + ThreadCensus.of(child.pid()).minus(windowBegin));
                    }
                } else if (VERBOSE) {
                    System.err.println(line);
                } else if (seen.length() < 4000) {
                    seen.append(line).append('\n');
                }
            }
            int exit = child.waitFor();
            if (exit != 0 || results.isEmpty()) {
                throw new IOException("the frame-time child ended (exit " + exit + ") without its figures:\n" + seen);
            }
            return results;
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** {@code java … processlab.bench.FrameTimeBenchmark}: starts the child and prints the bench lines. */
    public static void main(String[] args) {
        int code = 0;
        try {
            for (BenchResult result : new FrameTimeBenchmark().run()) {
                System.out.printf(Locale.ROOT, "{\"name\":\"%s\",\"value\":%s,\"unit\":\"%s\"}%n",
                        result.name(), result.value(), result.unit());
            }
        } catch (Exception e) {
            System.err.println("frame_p99_ms: " + e.getMessage());
            code = 1;
        }
        System.exit(code);
    }
}
