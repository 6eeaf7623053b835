package processlab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import processlab.settings.StartOptions;
import processlab.ui.probe.StartupProbe;

/**
 * How long the app takes to show its first lesson, against the floor of any JavaFX app (an empty stage), and
 * until the whole window (lesson list, search, navigation, which follow the first lesson) is on screen.
 * Each figure is the median of several child JVMs (same java, same class path), timed from spawn until
 * the child prints that its frame was drawn. The kinds alternate so machine load hits all alike.
 *
 * <p>When there is a packaged app (bench runs from it, or {@code target/installer/} lies beside the jar), its
 * launcher is timed to the first lesson too, as users start it: with its runtime and class-data archive.
 */
public final class StartupBenchmark implements Benchmark {

    // StartupProbe's constants are compile-time constants: using them loads neither that class nor JavaFX.
    static final String PROBE_PROPERTY = StartupProbe.PROPERTY;
    static final String MARKER = StartupProbe.MARKER;
    private static final long TIMEOUT_SECONDS = 90;

    private final Path lessonsDir;
    private final boolean headless;
    private final int runs;
    private final Optional<Path> packageLauncher;

    public StartupBenchmark() {
        this(
                new StartOptions(Optional.empty(), Optional.empty(), false).resolveLessonsDir(),
                System.getenv("DISPLAY") == null || Boolean.getBoolean("processlab.bench.headless"),
                5,
                PackagedApp.launcher());
    }

    /** @param headless start the children on Monocle's headless platform (no display needed) */
    public StartupBenchmark(Path lessonsDir, boolean headless, int runs) {
        this(lessonsDir, headless, runs, Optional.empty());
    }

    /**
     * @param headless        start the children on Monocle's headless platform (no display needed)
     * @param packageLauncher the packaged app's launcher, also timed when present
     */
    public StartupBenchmark(Path lessonsDir, boolean headless, int runs, Optional<Path> packageLauncher) {
        this.lessonsDir = lessonsDir;
        this.headless = headless;
        this.runs = runs;
        this.packageLauncher = packageLauncher;
    }

    @Override
    public List<BenchResult> run() throws Exception {
        Path lessons = hasLessons(lessonsDir) ? lessonsDir : sampleLessons();
        double[] empty = new double[runs];
        double[] firstLesson = new double[runs];
        double[] windowComplete = new double[runs];
        double[] packageFirstLesson = new double[runs];
        List<String> lessonArgs = List.of("--lessons", lessons.toString());
        for (int i = 0; i < runs; i++) {
            empty[i] = timeChild(StartupProbe.EMPTY_STAGE, List.of());
            firstLesson[i] = timeChild(StartupProbe.FIRST_LESSON, lessonArgs);
            if (packageLauncher.isPresent()) {
                packageFirstLesson[i] = timePackage(packageLauncher.get(), StartupProbe.FIRST_LESSON, lessonArgs);
            }
            windowComplete[i] = timeChild(StartupProbe.WINDOW_COMPLETE, lessonArgs);
        }
        List<BenchResult> results = new ArrayList<>(List.of(
                new BenchResult("startup_first_lesson_ms", median(firstLesson), "ms"),
                new BenchResult("startup_empty_fx_ms", median(empty), "ms"),
                new BenchResult("startup_window_complete_ms", median(windowComplete), "ms")));
        if (packageLauncher.isPresent()) {
            results.add(new BenchResult("startup_first_lesson_package_ms", median(packageFirstLesson), "ms"));
        }
        return results;
    }

    private static boolean hasLessons(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".md"));
        }
    }

    /** A stand-in lesson when no lesson folder is found, so bench still measures a real render. */
    static Path sampleLessons() throws IOException {
        Path dir = Files.createTempDirectory("processlab-bench-lessons");
        dir.toFile().deleteOnExit();
        Path file = dir.resolve("01-sample.md");
        try (var sample = StartupBenchmark.class.getResourceAsStream("sample-lesson.md")) {
            Files.copy(sample, file);
        }
        file.toFile().deleteOnExit();
        return dir;
    }

    private double timeChild(String mode, List<String> appArgs) throws IOException, InterruptedException {
        return timeChild(mode, "processlab.Main", appArgs, headless);
    }

    /**
     * The packaged launcher takes no JVM options on its command line (it passes its arguments to the app): the probe
     * and the headless platform reach its JVM through {@code JAVA_TOOL_OPTIONS}, which every JVM reads.
     */
    private double timePackage(Path launcher, String mode, List<String> appArgs)
            throws IOException, InterruptedException {
        List<String> jvmOptions = new ArrayList<>(headless ? ChildJvm.HEADLESS_OPTIONS : List.of());
        jvmOptions.add("-D" + PROBE_PROPERTY + "=" + mode);
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(appArgs);
        ProcessBuilder child = new ProcessBuilder(command);
        child.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", jvmOptions));
        return timeChild(mode, child);
    }

    /**
     * Milliseconds from spawning a child JVM (this JVM's java and class path, {@code mainClass}) until it prints
     * {@link #MARKER}. Also used by the start-up floor measurements in the tests' class folder.
     */
    public static double timeChild(String mode, String mainClass, List<String> appArgs, boolean headless)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(ChildJvm.appCommand(headless));
        command.add("-D" + PROBE_PROPERTY + "=" + mode);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(appArgs);
        return timeChild(mode, new ProcessBuilder(command));
    }

    private static double timeChild(String mode, ProcessBuilder builder) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process child = builder.redirectErrorStream(true).start();
        Thread watchdog = new Thread(
                () -> {
                    try {
                        if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                            child.destroyForcibly(); // unblocks the reader below: a hung child fails, not hangs, bench
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "processlab-bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = output.readLine()) != null) {
                if (line.contains(MARKER)) {
                    double millis = (System.nanoTime() - start) / 1e6;
                    child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return millis;
                }
                if (seen.length() < 4000) {
                    seen.append(line).append('\n');
                }
            }
            throw new IOException(
                    "the " + mode + " child ended (exit " + child.waitFor() + ") without drawing:\n" + seen);
        } finally {
            child.destroyForcibly();
            watchdog.interrupt();
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** This benchmark alone (the full {@code bench} runs every one): {@code java -cp processlab.jar …StartupBenchmark}. */
    public static void main(String[] args) throws Exception {
        for (BenchResult result : new StartupBenchmark().run()) {
            System.out.println(Arrays.asList(result.name(), result.value(), result.unit()));
        }
    }
}
