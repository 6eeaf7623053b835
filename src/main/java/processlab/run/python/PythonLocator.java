package processlab.run.python;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import processlab.run.process.Guardian;
import processlab.run.spec.RunException;
import processlab.util.ProgramLookup;

/**
 * Finds the Python to run: the app's setting, else {@code PROCESSLAB_PYTHON}, else {@code python3} or
 * {@code python} on the PATH. Each candidate is asked its version (3.8 or newer is required) by a
 * {@link PythonProbe} with a time limit, so a broken, hanging or too old interpreter is reported with how to fix
 * it rather than failing later with an odd error or never answering.
 */
public final class PythonLocator {

    public static final String ENV_VARIABLE = "PROCESSLAB_PYTHON";
    public static final String NOT_FOUND = "Python 3.8 or newer was not found. Install it "
            + "(https://www.python.org/downloads/ or your package manager) or set " + ENV_VARIABLE
            + " to its path. Java demos still work.";
    /** How long an interpreter gets to say its version; a cold start of a real one takes well under a second. */
    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    private static final Map<String, PythonInterpreter> PROBED = new ConcurrentHashMap<>();

    private final String setting;
    private final Map<String, String> environment;
    private final Duration probeTimeout;
    private final Guardian guardian;

    /** @param setting the interpreter chosen in the app's settings, or null/blank for none */
    public PythonLocator(String setting) {
        this(setting, System.getenv());
    }

    public PythonLocator(String setting, Map<String, String> environment) {
        this(setting, environment, PROBE_TIMEOUT);
    }

    /** @param probeTimeout how long each candidate gets to answer (tests use less than {@link #PROBE_TIMEOUT}) */
    public PythonLocator(String setting, Map<String, String> environment, Duration probeTimeout) {
        this(setting, environment, probeTimeout, null);
    }

    private PythonLocator(String setting, Map<String, String> environment, Duration probeTimeout, Guardian guardian) {
        this.setting = setting == null || setting.isBlank() ? null : setting.trim();
        this.environment = environment;
        this.probeTimeout = probeTimeout;
        this.guardian = guardian;
    }

    /**
     * The same lookup, with each probe in a process group {@code guardian} ends if the app dies while it waits (a
     * hanging interpreter would otherwise outlive the app); null: probes are not held.
     */
    public PythonLocator guardedBy(Guardian guardian) {
        return new PythonLocator(setting, environment, probeTimeout, guardian);
    }

    /**
     * The interpreter to use, or a RunException saying what is wrong with the one chosen (too old, silent, not a
     * Python) and how to fix it, else {@link #NOT_FOUND} naming what was tried.
     */
    public PythonInterpreter locate(boolean preferFreeThreaded) throws RunException {
        if (preferFreeThreaded) {
            for (String name : List.of("python3.14t", "python3.13t")) {
                Optional<String> found = onPath(name);
                if (found.isPresent()
                        && examine(found.get()) instanceof PythonProbe.Found f
                        && f.interpreter().atLeast(3, 8)) {
                    return f.interpreter();
                }
            }
        }
        List<String> tried = new ArrayList<>();
        String problem = null;
        for (String candidate : candidates()) {
            tried.add(candidate);
            PythonProbe.Outcome outcome = examine(candidate);
            if (outcome instanceof PythonProbe.Found f && f.interpreter().atLeast(3, 8)) {
                return f.interpreter();
            }
            if (problem == null) {
                problem = problem(candidate, outcome);
            }
        }
        if (problem != null) {
            throw new RunException(problem);
        }
        throw new RunException(NOT_FOUND + (tried.isEmpty() ? "" : " (tried: " + String.join(", ", tried) + ")"));
    }

    /**
     * What is wrong with a candidate that is no usable Python, in words for the user; null for a program on the
     * PATH that is no Python at all (another candidate may be, and the end says what was tried).
     */
    private String problem(String candidate, PythonProbe.Outcome outcome) {
        String who = named(candidate);
        if (outcome instanceof PythonProbe.Found f) {
            return who + " is Python " + f.interpreter().version() + "; ProcessLab needs 3.8 or newer. "
                    + howToFix(candidate);
        }
        if (outcome instanceof PythonProbe.Old old) {
            return who + " is Python " + old.version() + "; ProcessLab needs 3.8 or newer. " + howToFix(candidate);
        }
        if (outcome instanceof PythonProbe.Silent silent) {
            return who + " did not answer within " + silent.waited().toSeconds() + " s when asked its version, "
                    + "and was stopped. " + howToFix(candidate);
        }
        PythonProbe.NotPython not = (PythonProbe.NotPython) outcome;
        return chosen(candidate) ? who + " does not run as Python (" + not.said() + "). " + NOT_FOUND : null;
    }

    /** "/opt/py/bin/python (from PROCESSLAB_PYTHON)": where the candidate came from, when the user chose it. */
    private String named(String candidate) {
        if (candidate.equals(setting)) {
            return candidate + " (the Python setting)";
        }
        return candidate.equals(fromEnvironment()) ? candidate + " (from " + ENV_VARIABLE + ")" : candidate;
    }

    private String howToFix(String candidate) {
        String choose = candidate.equals(setting)
                ? "Choose a Python 3.8 or newer interpreter in the settings"
                : "Set " + ENV_VARIABLE + " to a Python 3.8 or newer interpreter";
        return choose + ", or install python3 (https://www.python.org/downloads/ or your package manager). "
                + "Java demos still work.";
    }

    private boolean chosen(String candidate) {
        return candidate.equals(setting) || candidate.equals(fromEnvironment());
    }

    private String fromEnvironment() {
        String value = environment.get(ENV_VARIABLE);
        return value == null || value.isBlank() ? null : value.trim();
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
            PythonProbe.Outcome outcome = examine(candidate);
            if (outcome instanceof PythonProbe.Found f) {
                if (f.interpreter().atLeast(major, minor)) {
                    return f.interpreter();
                }
                found.add(f.interpreter().describe() + " (" + f.interpreter().executable() + ")");
            } else if (outcome instanceof PythonProbe.Old old) {
                found.add("Python " + old.version() + " (" + candidate + ")");
            } else if (outcome instanceof PythonProbe.Silent silent) {
                found.add(candidate + ", which did not answer within "
                        + silent.waited().toSeconds() + " s");
            }
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
        String fromEnv = fromEnvironment();
        if (fromEnv != null) {
            list.add(fromEnv);
            return list;
        }
        // Last, the Python launcher Windows installs ({@code py.exe}), asked as {@code py -3} for the newest Python 3
        // there; the probe's answer names that interpreter's own executable, which runs are then started with.
        for (String name : List.of("python3", "python", "py")) {
            onPath(name).ifPresent(list::add);
        }
        return list;
    }

    private Optional<String> onPath(String name) {
        return ProgramLookup.onPath(name, environment.getOrDefault("PATH", "")).map(Path::toString);
    }

    /** An interpreter of 3.8 or newer that answered already, if any: asks nothing of the system. */
    public static Optional<PythonInterpreter> alreadyKnown() {
        return PROBED.values().stream().filter(python -> python.atLeast(3, 8)).findFirst();
    }

    /** Runs the interpreter once to learn its version; an answer is remembered per executable. */
    public static Optional<PythonInterpreter> probe(String executable) {
        return examine(executable, PROBE_TIMEOUT, null) instanceof PythonProbe.Found f
                ? Optional.of(f.interpreter())
                : Optional.empty();
    }

    private PythonProbe.Outcome examine(String executable) {
        return examine(executable, probeTimeout, guardian);
    }

    /** Failures are not remembered: the user may install or fix Python while the app runs. */
    private static PythonProbe.Outcome examine(String executable, Duration timeout, Guardian guardian) {
        PythonInterpreter known = PROBED.get(executable);
        if (known != null) {
            return new PythonProbe.Found(known);
        }
        PythonProbe.Outcome outcome = PythonProbe.ask(executable, timeout, guardian);
        if (outcome instanceof PythonProbe.Found f) {
            PROBED.put(executable, f.interpreter());
        }
        return outcome;
    }
}
