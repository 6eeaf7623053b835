package processlab.run.spec;

import java.util.Optional;
import processlab.util.EnumIds;

/** The kinds of run a demo can compare; {@link #id()} is how lesson files name them. */
public enum RunKind {
    PYTHON_THREADS("Python threads", true),
    PYTHON_PROCESSES("Python processes", true),
    PYTHON_POOL("Python Pool", true),
    /** An InterpreterPoolExecutor: one process, one thread per worker, each running its own interpreter (3.14+). */
    PYTHON_INTERPRETERS("Python subinterpreters", true),
    JAVA_THREADS("Java threads", false),
    JAVA_PROCESSES("Java processes", false);

    private final String displayName;
    private final boolean python;

    RunKind(String displayName, boolean python) {
        this.displayName = displayName;
        this.python = python;
    }

    public String id() {
        return EnumIds.idOf(this);
    }

    public String displayName() {
        return displayName;
    }

    public boolean needsPython() {
        return python;
    }

    public static Optional<RunKind> fromId(String id) {
        return EnumIds.fromId(RunKind.class, id);
    }
}
