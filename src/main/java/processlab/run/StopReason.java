package processlab.run;

import processlab.util.EnumIds;

/** Why a run ended. */
public enum StopReason {
    /** Its main process exited by itself. */
    FINISHED,
    /** The user pressed Stop (or the app closed the run). */
    STOPPED,
    /** The wall-clock limit was reached. */
    TIMEOUT,
    /** It wrote more output than the limit allows. */
    OUTPUT_CAP,
    /** It had more processes at once than the limit allows. */
    PROCESS_CAP,
    /** It could not be started (the message says why). */
    FAILED_TO_START;

    public String id() {
        return EnumIds.idOf(this);
    }
}
