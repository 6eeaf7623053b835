package processlab.trace;

/**
 * The names ProcessLab's Chrome Trace Event files use (DESIGN.md section 4), shared by writer and reader.
 * Times in the file are microseconds (with fractions, so nanoseconds survive a round trip).
 */
final class TraceFormat {

    static final String EVENTS = "traceEvents";
    /** Trace-level facts the Trace Event format has no event for; tools ignore it. */
    static final String OTHER_DATA = "otherData";

    static final String PROCESS_NAME = "process_name";
    static final String PROCESS_SORT_INDEX = "process_sort_index";
    static final String THREAD_NAME = "thread_name";
    static final String CAT_CPU = "cpu";
    static final String CAT_TASK = "task";
    static final String EXIT = "exit";
    static final String CORE_LOAD = "core load";
    /** Counter series are named {@code cpu0}, {@code cpu1}…: the machine's logical cores. */
    static final String CORE_SERIES_PREFIX = "cpu";
    /** The counters belong to this pseudo process, named so in the file: "the whole machine". */
    static final long MACHINE_PID = 0;

    static final String MACHINE_NAME = "CPU cores (whole machine)";

    static final String ARG_NAME = "name";
    static final String ARG_CORE = "core";
    static final String ARG_TASK = "task";
    static final String ARG_LABEL = "label";
    static final String ARG_CODE = "code";
    static final String ARG_COMMAND = "command";
    static final String ARG_ROLE = "role";
    static final String ARG_PARENT = "ppid";
    static final String ARG_START = "startUs";
    /** On a thread: the end of its last observed interval, so a reader knows how long it waited after its slices. */
    static final String ARG_LAST_SEEN = "lastSeenUs";

    static final String DATA_LABEL = "label";
    static final String DATA_CORES = "coreCount";
    static final String DATA_CORES_KNOWN = "threadCoresKnown";
    static final String DATA_END = "endUs";
    static final String DATA_NOTICES = "notices";
    static final String DATA_GENERATOR = "generator";

    private TraceFormat() {}

    static double micros(long ns) {
        return ns / 1_000.0;
    }

    static long nanos(double micros) {
        return Math.round(micros * 1_000.0);
    }
}
