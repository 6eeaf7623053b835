package processlab.run.spec;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of run a demo can compare; {@link #id()} is how lesson files name them. */
public enum RunKind {
    PYTHON_THREADS("python-threads", "Python threads", true),
    PYTHON_PROCESSES("python-processes", "Python processes", true),
    PYTHON_POOL("python-pool", "Python Pool", true),
    /** An InterpreterPoolExecutor: one process, one thread per worker, each running its own interpreter (3.14+). */
    PYTHON_INTERPRETERS("python-interpreters", "Python subinterpreters", true),
    JAVA_THREADS("java-threads", "Java threads", false),
    JAVA_PROCESSES("java-processes", "Java processes", false);

    private final String id;
    private final String displayName;
    private final boolean python;

    RunKind(String id, String displayName, boolean python) {
        this.id = id;
        this.displayName = displayName;
        this.python = python;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public boolean needsPython() {
        return python;
    }

    public static Optional<RunKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
