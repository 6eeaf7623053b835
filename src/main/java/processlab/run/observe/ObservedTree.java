package processlab.run.observe;

/**
 * Which processes belong to a run, as the observers decide it.
 *
 * @param mainPid   the run's main process, recorded first
 * @param sessionId the run's session: a process in it is the run's even when its parent died unseen
 * @param reaperPid the run box ({@code box.py}), whose children are the run's and which is itself not shown; 0 when
 *                  the run has none and the main process leads the session
 */
public record ObservedTree(long mainPid, long sessionId, long reaperPid) {

    /** A run whose main process leads its own session, with no box above it. */
    public static ObservedTree of(long mainPid) {
        return new ObservedTree(mainPid, mainPid, 0);
    }

    /** Whether a process with these ids is the run's: the main process, one in its session, or a box's child. */
    boolean owns(long pid, long parentPid, long session) {
        if (pid == reaperPid) {
            return false;
        }
        return pid == mainPid || session == sessionId || (reaperPid != 0 && parentPid == reaperPid);
    }
}
