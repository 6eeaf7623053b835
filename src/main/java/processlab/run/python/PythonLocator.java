package processlab.run.python;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import processlab.run.RunException;

/**
 * Finds the Python to run: the app's setting, else {@code PROCESSLAB_PYTHON}, else {@code python3} or
 * {@code python} on the PATH. Each candidate is asked its version (3.8 or newer is required), so a broken
 * or too old interpreter is reported rather than failing later with an odd error.
 */
public final class PythonLocator {

    public static final String ENV_VARIABLE = "PROCESSLAB_PYTHON";
    public static final String NOT_FOUND = "Python 3.8 or newer was not found. Install it "
            + "(https://www.python.org/downloads/ or your package manager) or set " + ENV_VARIABLE
            + " to its path. Java demos still work.";

    private static final String PROBE = "import sys, sysconfig; "
            + "gil = getattr(sys, '_is_gil_enabled', lambda: True)(); "
            + "print(sys.version_info[0], sys.version_info[1], "
            + "1 if sysconfig.get_config_var('Py_GIL_DISABLED') else 0, 1 if gil else 0); print(sys.executable)";
    private static final Map<String, Optional<PythonInterpreter>> PROBED = new ConcurrentHashMap<>();

    private final String setting;
    private final Map<String, String> environment;

    /** @param setting the interpreter chosen in the app's settings, or null/blank for none */
    public PythonLocator(String setting) {
        this(setting, System.getenv());
    }

    public PythonLocator(String setting, Map<String, String> environment) {
        this.setting = setting == null || setting.isBlank() ? null : setting.trim();
        this.environment = environment;
    }

    /** The interpreter to use, or a RunException with {@link #NOT_FOUND} (naming what was tried). */
    public PythonInterpreter locate(boolean preferFreeThreaded) throws RunException {
        List<String> tried = new ArrayList<>();
        if (preferFreeThreaded) {
            for (String name : List.of("python3.14t", "python3.13t")) {
                Optional<PythonInterpreter> found = onPath(name).flatMap(PythonLocator::probe);
                if (found.isPresent() && found.get().atLeast(3, 8)) {
                    return found.get();
                }
            }
        }
        for (String candidate : candidates()) {
            tried.add(candidate);
            Optional<PythonInterpreter> found = probe(candidate);
            if (found.isPresent()) {
                if (found.get().atLeast(3, 8)) {
                    return found.get();
                }
                throw new RunException(candidate + " is Python " + found.get().version() + ". " + NOT_FOUND);
            }
            if (candidate.equals(setting) || candidate.equals(environment.get(ENV_VARIABLE))) {
                throw new RunException(candidate + " does not run as Python. " + NOT_FOUND);
            }
        }
        throw new RunException(NOT_FOUND + (tried.isEmpty() ? "" : " (tried: " + String.join(", ", tried) + ")"));
    }

    /**
     * An interpreter of at least the given version, for code that needs it (subinterpreters need 3.14): the
     * setting, else {@code PROCESSLAB_PYTHON}, else {@code python3}; then {@code python3.N+1} and {@code python3.N}
     * on the PATH, whichever is new enough first.
     *
     * @param what what needs it, for the message ("subinterpreters (concurrent.interpreters)")
     * @throws RunException saying which version is needed, what was found instead, and how to get it
     */
    public PythonInterpreter locateAtLeast(int major, int minor, String what) throws RunException {
        String wanted = major + "." + minor;
        Set<String> found = new LinkedHashSet<>();
        List<String> candidates = new ArrayList<>(candidates());
        for (int newer = minor + 1; newer >= minor; newer--) {
            onPath("python" + major + "." + newer).ifPresent(candidates::add);
        }
        for (String candidate : candidates) {
            Optional<PythonInterpreter> probed = probe(candidate);
            if (probed.isPresent() && probed.get().atLeast(major, minor)) {
                return probed.get();
            }
            probed.ifPresent(p -> found.add(p.describe() + " (" + p.executable() + ")"));
        }
        throw new RunException("Python " + wanted + " or newer is needed for " + what + ", and none was found"
                + (found.isEmpty() ? "" : " (only " + String.join(", ", found) + ")") + ". Install python" + wanted
                + " (https://www.python.org/downloads/) and put it on the PATH, or set " + ENV_VARIABLE + " to it.");
    }

    private List<String> candidates() {
        List<String> list = new ArrayList<>();
        if (setting != null) {
            list.add(setting);
            return list;
        }
        String fromEnv = environment.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            list.add(fromEnv.trim());
            return list;
        }
        for (String name : List.of("python3", "python")) {
            onPath(name).ifPresent(list::add);
        }
        return list;
    }

    private Optional<String> onPath(String name) {
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String suffix : List.of("", ".exe")) {
                Path candidate = Path.of(dir, name + suffix);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            }
        }
        return Optional.empty();
    }

    /** Runs the interpreter once to learn its version; remembered per executable. */
    public static Optional<PythonInterpreter> probe(String executable) {
        Optional<PythonInterpreter> known = PROBED.get(executable);
        if (known != null) {
            return known;
        }
        Optional<PythonInterpreter> found = runProbe(executable);
        if (found.isPresent()) {
            PROBED.put(executable, found); // failures are not remembered: the user may install Python meanwhile
        }
        return found;
    }

    private static Optional<PythonInterpreter> runProbe(String executable) {
        try {
            ProcessBuilder builder = new ProcessBuilder(executable, "-c", PROBE);
            builder.environment().remove("PYTHONPATH");
            builder.redirectErrorStream(true);
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readNBytes(4096);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String[] lines = new String(out, StandardCharsets.UTF_8).trim().split("\\R", 2);
            String[] fields = lines[0].trim().split("\\s+");
            if (process.exitValue() != 0 || fields.length != 4) {
                return Optional.empty();
            }
            // The real binary rather than a wrapper script (pyenv shims cost a quarter second per start).
            String real = lines.length > 1 && !lines[1].isBlank() ? lines[1].trim() : executable;
            return Optional.of(new PythonInterpreter(real, Integer.parseInt(fields[0]),
                    Integer.parseInt(fields[1]), fields[2].equals("1"), fields[3].equals("1")));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
