package processlab.run.python;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import processlab.run.spec.Launch;
import processlab.run.spec.RunException;
import processlab.run.spec.RunKind;
import processlab.run.spec.RunSpec;

/**
 * Prepares Python runs: finds the interpreter, writes the program (a shipped demo script or the student's
 * code) and the instrumentation into the run's folder, and sets the environment that makes every Python
 * process of the run load it.
 */
public final class PythonLaunches {

    static final String RESOURCES = "/processlab/python/";
    static final String SUBINTERPRETERS = "subinterpreters (concurrent.interpreters, InterpreterPoolExecutor)";

    private PythonLaunches() {}

    /**
     * The variables that instrument every Python process started in a run with this folder: its
     * {@code site} folder goes first on PYTHONPATH (keeping the user's), output is unbuffered and UTF-8.
     *
     * @throws RunException when the instrumentation cannot be written into the run's folder
     */
    public static Map<String, String> instrumentation(Path runDir, Path eventsFile) throws RunException {
        Path site = runDir.resolve("site");
        try {
            Files.createDirectories(site);
            copyResource("sitecustomize.py", site);
        } catch (IOException e) {
            throw new RunException(
                    "Could not prepare the Python instrumentation in " + site + ": " + e.getMessage(), e);
        }
        Map<String, String> env = new HashMap<>();
        String existing = System.getenv("PYTHONPATH");
        env.put(
                "PYTHONPATH",
                existing == null || existing.isEmpty()
                        ? site.toString()
                        : site + java.io.File.pathSeparator + existing);
        env.put("PYTHONUNBUFFERED", "1");
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PROCESSLAB_EVENTS", eventsFile.toString());
        env.put("PROCESSLAB_ROOT", "1");
        return env;
    }

    /** The tasks every demo script imports (count-primes, sleep, hash). */
    private static final String WORKLOADS = "workloads.py";

    public static Launch demo(RunSpec.Demo spec, PythonLocator locator, Path runDir, Path eventsFile)
            throws RunException {
        String script = switch (spec.kind()) {
            case PYTHON_THREADS -> "demo_threads.py";
            case PYTHON_PROCESSES -> "demo_processes.py";
            case PYTHON_POOL -> "demo_pool.py";
            case PYTHON_INTERPRETERS -> "demo_interpreters.py";
            default -> throw new IllegalArgumentException("not a Python run: " + spec.kind());
        };
        List<String> notices = new ArrayList<>();
        PythonInterpreter python = spec.kind() == RunKind.PYTHON_INTERPRETERS
                ? locator.locateAtLeast(3, 14, SUBINTERPRETERS)
                : choose(locator, spec.freeThreaded(), notices);
        Path code = codeDir(runDir);
        try {
            copyResource(script, code);
            copyResource(WORKLOADS, code);
        } catch (IOException e) {
            throw new RunException("Could not prepare the demo script " + script + ": " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>(List.of(
                python.executable(),
                code.resolve(script).toString(),
                Integer.toString(spec.workers()),
                Integer.toString(spec.tasks()),
                spec.workload().id(),
                Long.toString(spec.size())));
        String description = python.describe();
        if (spec.kind() == RunKind.PYTHON_THREADS) {
            if (spec.switchIntervalMs() > 0) {
                command.add(Integer.toString(spec.switchIntervalMs()));
                description += ", switch interval " + spec.switchIntervalMs() + " ms";
            }
        } else if (spec.kind() != RunKind.PYTHON_INTERPRETERS) {
            command.add(spec.startMethod());
        }
        return new Launch(command, instrumentation(runDir, eventsFile), code, description, notices);
    }

    /** The student's code as {@code main.py} in a folder of its own (so it cannot shadow our files). */
    public static Launch source(RunSpec.PythonSource spec, PythonLocator locator, Path runDir, Path eventsFile)
            throws RunException {
        PythonInterpreter python = spec.minimumPython().isPresent()
                ? atLeast(locator, spec.minimumPython().get())
                : locator.locate(false);
        Path code = codeDir(runDir);
        Path main = code.resolve("main.py");
        try {
            Files.writeString(main, spec.source(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RunException("Could not write your code to " + main + ": " + e.getMessage(), e);
        }
        return new Launch(
                List.of(python.executable(), main.toString()),
                instrumentation(runDir, eventsFile),
                code,
                python.describe(),
                List.of());
    }

    /** "3.14" → an interpreter of 3.14 or newer, or the RunException saying none was found. */
    private static PythonInterpreter atLeast(PythonLocator locator, String version) throws RunException {
        String[] parts = version.split("\\.");
        return locator.locateAtLeast(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), "this example");
    }

    private static PythonInterpreter choose(PythonLocator locator, boolean freeThreaded, List<String> notices)
            throws RunException {
        PythonInterpreter python = locator.locate(freeThreaded);
        if (freeThreaded && !python.freeThreadedBuild()) {
            notices.add("No free-threaded Python (python3.14t or python3.13t) was found: this run uses "
                    + python.describe() + ", with the GIL.");
        } else if (freeThreaded && python.gilEnabled()) {
            notices.add(python.executable() + " is a free-threaded build, but the GIL is on "
                    + "(PYTHON_GIL=1, -X gil=1 or an extension module turned it back on).");
        }
        return python;
    }

    private static Path codeDir(Path runDir) throws RunException {
        try {
            return Files.createDirectories(runDir.resolve("code"));
        } catch (IOException e) {
            throw new RunException("Could not create " + runDir + ": " + e.getMessage(), e);
        }
    }

    static void copyResource(String name, Path dir) throws IOException {
        try (InputStream in = PythonLaunches.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCES + name);
            }
            Files.write(dir.resolve(name), in.readAllBytes());
        }
    }
}
