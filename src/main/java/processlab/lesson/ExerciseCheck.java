package processlab.lesson;

import java.util.Optional;
import processlab.util.EnumIds;

/** The built-in exercise checks; {@link #id()} is how an exercise block names one. */
public enum ExerciseCheck {
    /** Start one child process, which prints, and join it before the parent ends. */
    CREATE_PROCESS,
    /** Build a pool of worker processes and map a function over inputs; print the results. */
    POOL_MAP,
    /** Four child processes, distinct pids, each prints a different number once; the parent joins all. */
    FOUR_PROCESSES;

    public String id() {
        return EnumIds.idOf(this);
    }

    public static Optional<ExerciseCheck> fromId(String id) {
        return EnumIds.fromId(ExerciseCheck.class, id);
    }
}
