package processlab.run.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to run. Four shapes: a built-in demo run, the student's Python code, any program (for {@code trace}),
 * and a single-file Java program. Every shape carries its {@link RunLimits}.
 */
public sealed interface RunSpec permits RunSpec.Demo, RunSpec.PythonSource, RunSpec.Program, RunSpec.JavaSource {

    RunLimits limits();

    /** What the run is called on screen. */
    String label();

    /** Whether it runs Java and nothing else: a Java demo or a Java program, which must never wait on Python. */
    default boolean runsJavaOnly() {
        return this instanceof JavaSource
                || this instanceof Demo demo && !demo.kind().needsPython();
    }

    /**
     * A built-in workload run in one of the five ways a demo compares.
     *
     * @param startMethod      Python start method for process runs: default, fork, spawn or forkserver
     * @param freeThreaded     prefer a free-threaded Python (python3.14t, python3.13t) when one is installed
     * @param switchIntervalMs for Python threads: the GIL's switch interval in ms ({@code sys.setswitchinterval});
     *                         0 leaves Python's default (5 ms)
     */
    record Demo(
            RunKind kind,
            int workers,
            int tasks,
            Workload workload,
            long size,
            String startMethod,
            boolean freeThreaded,
            int switchIntervalMs,
            RunLimits limits)
            implements RunSpec {

        public Demo {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(workload);
            if (workers < 1 || tasks < 1) {
                throw new IllegalArgumentException("workers and tasks must be at least 1");
            }
            if (!List.of("default", "fork", "spawn", "forkserver").contains(startMethod)) {
                throw new IllegalArgumentException("unknown start method: " + startMethod);
            }
            if (switchIntervalMs < 0) {
                throw new IllegalArgumentException("switch interval must not be negative: " + switchIntervalMs);
            }
        }

        public static Demo of(RunKind kind, int workers, int tasks, Workload workload, long size) {
            return new Demo(kind, workers, tasks, workload, size, "default", false, 0, RunLimits.DEFAULT);
        }

        @Override
        public String label() {
            return kind.displayName();
        }
    }

    /**
     * The student's Python program, given as source text (written to a temporary {@code main.py}).
     *
     * @param minimumPython the version the code needs ("3.14", from a {@code python run min=3.14} block), or empty
     */
    record PythonSource(String source, String label, Optional<String> minimumPython, RunLimits limits)
            implements RunSpec {

        public PythonSource {
            Objects.requireNonNull(source);
            Objects.requireNonNull(minimumPython);
        }

        public PythonSource(String source, String label, RunLimits limits) {
            this(source, label, Optional.empty(), limits);
        }

        public static PythonSource of(String source) {
            return new PythonSource(source, "Your code", RunLimits.DEFAULT);
        }
    }

    /** Any program with its arguments, e.g. {@code python3 x.py}; Python programs it starts are instrumented. */
    record Program(List<String> argv, RunLimits limits) implements RunSpec {

        public Program {
            argv = List.copyOf(argv);
            if (argv.isEmpty()) {
                throw new IllegalArgumentException("no program given");
            }
        }

        @Override
        public String label() {
            return String.join(" ", argv);
        }
    }

    /** A single-file Java program run as {@code java Main.java} with the app's own Java. */
    record JavaSource(String source, String label, RunLimits limits) implements RunSpec {

        public JavaSource {
            Objects.requireNonNull(source);
        }
    }
}
