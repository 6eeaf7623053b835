package processlab.lesson;

import java.util.Arrays;
import java.util.Optional;

/** The built-in exercise checks; {@link #id()} is how an exercise block names one. */
public enum ExerciseCheck {
    /** Start one child process, which prints, and join it before the parent ends. */
    CREATE_PROCESS("create-process"),
    /** Build a pool of worker processes and map a function over inputs; print the results. */
    POOL_MAP("pool-map"),
    /** Four child processes, distinct pids, each prints a different number once; the parent joins all. */
    FOUR_PROCESSES("four-processes");

    private final String id;

    ExerciseCheck(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ExerciseCheck> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
