package processlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import processlab.worker.JvmCommand;

/** A child JVM for a benchmark: this JVM's own java, headless when asked; killed if it overstays. */
public final class ChildJvm {

    /**
     * The JVM options the app is started with by {@code mvn javafx:run} (pom.xml, javafx-maven-plugin), so that a
     * benchmark measures the app as users start it. {@code -XX:TieredStopAtLevel=1}: the JIT compiles with its
     * quick compiler only; the optimising one took about half a core for the app's first half minute, CPU taken
     * from the demo the app was measuring.
     */
    public static final List<String> APP_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    private ChildJvm() {}

    /** The options that run JavaFX on Monocle's software renderer, with no display. */
    static final List<String> HEADLESS_OPTIONS = List.of(
            "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true");

    /** {@code java} and, with {@code headless}, {@link #HEADLESS_OPTIONS}. */
    static List<String> javaCommand(boolean headless) {
        List<String> command = new ArrayList<>();
        command.add(JvmCommand.javaExecutable());
        if (headless) {
            command.addAll(HEADLESS_OPTIONS);
        }
        return command;
    }

    /** {@link #javaCommand} with the app's own JVM options. */
    public static List<String> appCommand(boolean headless) {
        List<String> command = javaCommand(headless);
        command.addAll(APP_OPTIONS);
        command.addAll(extraOptions());
        return command;
    }

    /** More options for the measured children, for trying levers: {@code -Dprocesslab.bench.jvm=A|B}. */
    private static List<String> extraOptions() {
        String extra = System.getProperty("processlab.bench.jvm", "");
        return extra.isBlank() ? List.of() : List.of(extra.split("[|]"));
    }

    /** Kills the child after {@code seconds}, so a hung child fails the benchmark instead of hanging it. */
    public static void killAfter(Process child, long seconds) {
        Thread watchdog = new Thread(
                () -> {
                    try {
                        if (!child.waitFor(seconds, TimeUnit.SECONDS)) {
                            child.descendants().forEach(ProcessHandle::destroyForcibly);
                            child.destroyForcibly();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "processlab-bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a benchmark for
        }
    }
}
