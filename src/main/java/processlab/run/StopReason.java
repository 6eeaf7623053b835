package processlab.run;

/** Why a run ended. */
public enum StopReason {
    /** Its main process exited by itself. */
    FINISHED("finished"),
    /** The user pressed Stop (or the app closed the run). */
    STOPPED("stopped"),
    /** The wall-clock limit was reached. */
    TIMEOUT("timeout"),
    /** It wrote more output than the limit allows. */
    OUTPUT_CAP("output-cap"),
    /** It had more processes at once than the limit allows. */
    PROCESS_CAP("process-cap"),
    /** It could not be started (the message says why). */
    FAILED_TO_START("failed-to-start");

    private final String id;

    StopReason(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
