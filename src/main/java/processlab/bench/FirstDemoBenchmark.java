package processlab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import processlab.lesson.Block;
import processlab.lesson.DemoBlock;
import processlab.lesson.DemoSpec;
import processlab.lesson.Lesson;
import processlab.lesson.LessonLoader;
import processlab.run.ReapedCpu;
import processlab.run.StatLine;
import processlab.settings.StartOptions;
import processlab.ui.probe.FirstDemoProbe;

/**
 * The first Run after start, as an instructor makes it in front of a class: a fresh app JVM opens lesson 2, waits
 * as a student reading would, and presses Run on its demo (Python threads, Python processes, Java threads, then the
 * 1-worker runs that measure speed-up). Three figures, all from the operating system:
 * <ul>
 * <li>{@code first_demo_processes_cores}: the cores busy the app showed for its Python-processes run;</li>
 * <li>{@code first_demo_truth_cores}: the same program run outside the app, CPU ÷ wall as the kernel counts them
 * for {@code /usr/bin/time}, in the same bench run;</li>
 * <li>{@code first_demo_app_cpu_cores}: the cores the app's own JVM kept busy from the first run's start to the
 * demo's end, read from {@code /proc/PID/stat} by this process, not from the app's own figures.</li>
 * </ul>
 */
public final class FirstDemoBenchmark implements Benchmark {

    static final String LESSON = "02-processes-vs-threads";
    private static final long READING_MS = 2000;
    private static final long TIMEOUT_SECONDS = 240;
    private static final long SAMPLE_MS = 20;
    /** {@code -Dprocesslab.bench.presentation=true}: the app presents, as in class (not one of bench's lines). */
    static final String PRESENTATION_PROPERTY = "processlab.bench.presentation";

    private final Path lessonsDir;
    private final boolean headless;

    public FirstDemoBenchmark() {
        this(
                new StartOptions(Optional.empty(), Optional.empty(), false).resolveLessonsDir(),
                System.getenv("DISPLAY") == null || Boolean.getBoolean("processlab.bench.headless"));
    }

    public FirstDemoBenchmark(Path lessonsDir, boolean headless) {
        this.lessonsDir = lessonsDir;
        this.headless = headless;
    }

    @Override
    public List<BenchResult> run() throws Exception {
        DemoSpec demo = demoOf(lessonsDir.resolve(LESSON + ".md"));
        AppRun app = runAppOnce();
        double truth = truthCores(demo);
        verbose(String.format(
                Locale.ROOT,
                "first demo: %s; app %.3f cores over %.2f s; truth %.3f cores",
                app.runs,
                app.appCores,
                app.seconds,
                truth));
        return List.of(
                new BenchResult("first_demo_processes_cores", round(app.processesCores), "cores"),
                new BenchResult("first_demo_truth_cores", round(truth), "cores"),
                new BenchResult("first_demo_app_cpu_cores", round(app.appCores), "cores"));
    }

    private static DemoSpec demoOf(Path lessonFile) throws IOException {
        if (!Files.isRegularFile(lessonFile)) {
            throw new IOException("the first-demo benchmark needs the lesson " + lessonFile);
        }
        Lesson lesson = LessonLoader.loadFile(lessonFile);
        for (Block block : lesson.blocks()) {
            if (block instanceof DemoBlock demoBlock) {
                return demoBlock.spec();
            }
        }
        throw new IOException(lessonFile + " has no demo");
    }

    /** What the fresh app showed and used. */
    private record AppRun(List<String> runs, double processesCores, double appCores, double seconds) {}

    private AppRun runAppOnce() throws IOException, InterruptedException {
        Path config = Files.createTempDirectory("processlab-bench-config");
        List<String> command = new ArrayList<>(ChildJvm.appCommand(headless));
        command.add("-D" + FirstDemoProbe.PROPERTY + "=" + READING_MS);
        command.add("-Dprocesslab.config.dir=" + config);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "processlab.Main",
                "--lessons",
                lessonsDir.toString(),
                "--lesson",
                LESSON));
        if (Boolean.getBoolean(PRESENTATION_PROPERTY)) {
            command.add("--presentation"); // the instructor's case: full screen, zoomed, the demo filling it
        }
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        CpuSampler sampler = new CpuSampler(child.pid());
        sampler.start();
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            ChildJvm.killAfter(child, TIMEOUT_SECONDS);
            List<String> runs = new ArrayList<>();
            double processesCores = Double.NaN;
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = output.readLine()) != null) {
                String[] fields = line.trim().split(" ");
                if (fields[0].equals(FirstDemoProbe.RUN_MARKER) && fields.length >= 5) {
                    runs.add(fields[1] + " " + fields[4] + " cores, app "
                            + String.format(
                                    Locale.ROOT,
                                    "%.2f",
                                    sampler.coresBetween(Long.parseLong(fields[2]), Long.parseLong(fields[3]))));
                    verbose(fields[1] + " app threads: "
                            + sampler.threadsBetween(Long.parseLong(fields[2]), Long.parseLong(fields[3])));
                    if (fields[1].equals("python-processes")) {
                        processesCores = Double.parseDouble(fields[4]);
                    }
                } else if (fields[0].equals(FirstDemoProbe.DONE_MARKER) && fields.length == 3) {
                    long start = Long.parseLong(fields[1]);
                    long end = Long.parseLong(fields[2]);
                    double appCores = sampler.coresBetween(start, end);
                    verbose("app threads, CPU s: " + sampler.threadsBetween(start, end));
                    child.waitFor(30, TimeUnit.SECONDS);
                    return new AppRun(runs, processesCores, appCores, (end - start) / 1e9);
                } else if (seen.length() < 4000) {
                    seen.append(line).append('\n');
                }
            }
            throw new IOException("the app ended (exit " + child.waitFor() + ") before its demo did:\n" + seen);
        } finally {
            sampler.interrupt();
            child.destroyForcibly();
            ChildJvm.deleteQuietly(config);
        }
    }

    /** The app's CPU time, read from {@code /proc/PID/stat} every {@link #SAMPLE_MS} ms. */
    private static final class CpuSampler extends Thread {

        private final Path stat;
        private final List<long[]> samples = new ArrayList<>(); // {nanoTime, cpuNanos}
        /** With verbose output: each thread's CPU ticks by name, every quarter second. */
        private final List<ThreadCensus> censuses = new ArrayList<>();

        private final long pid;

        CpuSampler(long pid) {
            super("processlab-bench-app-cpu");
            setDaemon(true);
            this.stat = Path.of("/proc", Long.toString(pid), "stat");
            this.pid = pid;
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                try {
                    long cpuNanos = StatLine.nanos(Files.readString(stat), StatLine.UTIME, StatLine.STIME);
                    synchronized (samples) {
                        samples.add(new long[] {System.nanoTime(), cpuNanos});
                        if (verbose() && samples.size() % 5 == 0) {
                            censuses.add(ThreadCensus.of(pid));
                        }
                    }
                    Thread.sleep(SAMPLE_MS);
                } catch (IOException | RuntimeException e) {
                    return; // the app has ended
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** Where the app's CPU went between two times, by thread name (verbose output only). */
        String threadsBetween(long startNanos, long endNanos) {
            synchronized (samples) {
                ThreadCensus first = null;
                ThreadCensus last = null;
                for (ThreadCensus census : censuses) {
                    if (census.nanoTime() <= startNanos) {
                        first = census;
                    }
                    if (census.nanoTime() <= endNanos) {
                        last = census;
                    }
                }
                return first == null || last == null ? "" : last.minus(first);
            }
        }

        /** Cores kept busy between two monotonic-clock times, from the samples around them. */
        double coresBetween(long startNanos, long endNanos) {
            synchronized (samples) {
                long[] before = null;
                long[] after = null;
                for (long[] sample : samples) {
                    if (sample[0] <= startNanos) {
                        before = sample;
                    }
                    if (after == null && sample[0] >= endNanos) {
                        after = sample;
                    }
                }
                if (after == null && !samples.isEmpty()) {
                    after = samples.get(samples.size() - 1);
                }
                if (before == null || after == null || after[0] <= before[0]) {
                    return Double.NaN;
                }
                return (double) (after[1] - before[1]) / (after[0] - before[0]);
            }
        }
    }

    /** The demo's Python-processes program run plainly, outside the app: cores busy = CPU ÷ wall. */
    private static double truthCores(DemoSpec demo) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("processlab-bench-truth");
        try {
            for (String name : List.of("demo_processes.py", "workloads.py")) {
                try (InputStream in = FirstDemoBenchmark.class.getResourceAsStream("/processlab/python/" + name)) {
                    Files.copy(in, dir.resolve(name));
                }
            }
            List<String> command = List.of(
                    BenchPython.executable(),
                    dir.resolve("demo_processes.py").toString(),
                    Integer.toString(demo.workers()),
                    Integer.toString(demo.tasks()),
                    demo.workload().id(),
                    Long.toString(demo.size()),
                    demo.startMethod());
            OptionalLong cpuBefore = ReapedCpu.nanos();
            long start = System.nanoTime();
            Process program = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!program.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                BenchPython.killTree(program);
                throw new IOException("the demo's program outside the app did not end");
            }
            long wall = System.nanoTime() - start;
            OptionalLong cpuAfter = ReapedCpu.nanos();
            if (cpuBefore.isEmpty() || cpuAfter.isEmpty()) {
                throw new IOException("this system does not report its children's CPU time (/proc)");
            }
            return (double) (cpuAfter.getAsLong() - cpuBefore.getAsLong()) / wall;
        } finally {
            ChildJvm.deleteQuietly(dir);
        }
    }

    /** Read at each use, not once: {@link #main} sets it after this class is loaded. */
    private static boolean verbose() {
        return Boolean.getBoolean("processlab.bench.verbose");
    }

    private static void verbose(String text) {
        if (verbose()) {
            System.err.println(text);
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** For a look at one run: {@code java -cp … processlab.bench.FirstDemoBenchmark}. */
    public static void main(String[] args) throws Exception {
        System.setProperty("processlab.bench.verbose", "true");
        for (BenchResult result : new FirstDemoBenchmark().run()) {
            System.out.println(Arrays.asList(result.name(), result.value(), result.unit()));
        }
    }
}
