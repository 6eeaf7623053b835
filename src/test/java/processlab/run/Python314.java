package processlab.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds the Python 3.14 that the tests of 3.14 behaviour run: named by {@value #ENV} (or the system property
 * {@value #PROPERTY}), as {@code .ci/run} does, in which case it must work; else {@code python3.14} on the PATH,
 * else {@code bin/python3.14} under {@code $PYTHON314_DIR} or {@code ~/.cache/python3.14}, where
 * {@code ../shared/tools/get-python3.14} installs it.
 */
public final class Python314 {

    public static final String ENV = "PROCESSLAB_PYTHON_314";
    public static final String PROPERTY = "processlab.python314";

    private Python314() {}

    /** The interpreter, or empty when this machine has none (and none was named). */
    public static Optional<String> find() {
        String named = System.getProperty(PROPERTY, System.getenv(ENV));
        if (named != null && !named.isBlank()) {
            assertTrue(
                    version(named).startsWith("3.14"),
                    ENV + "=" + named + " is not a working Python 3.14: " + version(named));
            return Optional.of(named);
        }
        String dir = System.getenv("PYTHON314_DIR");
        Path cached = (dir != null && !dir.isBlank()
                        ? Path.of(dir)
                        : Path.of(System.getProperty("user.home"), ".cache", "python3.14"))
                .resolve("bin/python3.14");
        return Stream.of("python3.14", cached.toString())
                .filter(candidate -> version(candidate).startsWith("3.14"))
                .findFirst();
    }

    /** Why a 3.14 test did not run; also printed, so a skipped half shows in the build log. */
    public static String skipped(String what) {
        String message = what + " SKIPPED: no Python 3.14 found (set " + ENV + ", put python3.14 on the PATH, or "
                + "run ../shared/tools/get-python3.14)";
        System.err.println("WARNING: " + message);
        return message;
    }

    /** The interpreter's version ("3.11.7"), or why it cannot say. */
    public static String version(String python) {
        try {
            Process process = new ProcessBuilder(python, "-c", "import sys; print(sys.version.split()[0])")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "no answer within 30 s";
            }
            return process.exitValue() == 0 ? out : "exit " + process.exitValue() + ": " + out;
        } catch (IOException e) {
            return "cannot run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
