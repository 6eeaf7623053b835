package processlab.run;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import processlab.run.process.Guardian;
import processlab.run.process.ProcessGroups;

/**
 * The owner's side of its runs: made once by whoever owns the process (the app's window, a command-line command,
 * a test class) and handed to every run through its {@link RunEnvironment}. It knows the runs still going, so
 * that closing the window ends them all, and holds the guardian that ends their process groups if the owner dies.
 */
public final class RunHost {

    private final Set<RunSession> live = ConcurrentHashMap.newKeySet();
    private Guardian guardian;
    private boolean guardianAsked;

    private RunHost() {}

    public static RunHost create() {
        return new RunHost();
    }

    /**
     * The guardian, started on first use (one small {@code sh} for all the host's runs); null where there is no
     * {@code sh} or no process groups: runs are then held together by other means or not at all.
     */
    public synchronized Guardian guardian() {
        if (!guardianAsked) {
            guardianAsked = true;
            guardian = ProcessGroups.groupsSupported() ? Guardian.startNew() : null;
        }
        return guardian;
    }

    /** Stops every run still going, e.g. when the app's window closes; returns at once. */
    public void stopAll() {
        live.forEach(RunSession::stop);
    }

    /** How many of the host's runs have not ended yet. */
    public int liveRuns() {
        return live.size();
    }

    void started(RunSession session) {
        live.add(session);
    }

    void ended(RunSession session) {
        live.remove(session);
    }
}
