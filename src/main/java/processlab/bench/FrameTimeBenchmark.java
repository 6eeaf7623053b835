package processlab.bench;

import java.util.List;
import java.util.Locale;

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
        ThreadCensus[] windowBegin = new ThreadCensus[1];
        return ProbeChild.run(
                headless,
                List.of(),
                FrameTimeProbe.class,
                FrameTimeProbe.RESULT_MARKER,
                TIMEOUT_SECONDS,
                (child, fields) -> {
                    if (!fields[0].equals(FrameTimeProbe.WINDOW_MARKER) || fields.length != 2) {
                        return false;
                    }
                    // Where the child's CPU went, read from /proc by this process (verbose output only).
                    if (VERBOSE && fields[1].equals("begin")) {
                        windowBegin[0] = ThreadCensus.of(child.pid());
                    } else if (VERBOSE && windowBegin[0] != null) {
                        System.err.println("app threads, CPU s: "
                                + ThreadCensus.of(child.pid()).minus(windowBegin[0]));
                    }
                    return true;
                });
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
                System.out.printf(
                        Locale.ROOT,
                        "{\"name\":\"%s\",\"value\":%s,\"unit\":\"%s\"}%n",
                        result.name(),
                        result.value(),
                        result.unit());
            }
        } catch (Exception e) {
            System.err.println("frame_p99_ms: " + e.getMessage());
            code = 1;
        }
        System.exit(code);
    }
}
