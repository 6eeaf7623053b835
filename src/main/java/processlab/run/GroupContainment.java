package processlab.run;

import java.util.List;
import java.util.OptionalInt;
import processlab.recording.ProcessInfo;
import processlab.recording.Recording;
import processlab.run.observe.ObservedTree;
import processlab.run.process.Guardian;
import processlab.run.process.ProcessGroups;
import processlab.run.spec.RunLimits;

/**
 * A run held together as a process group of its own ({@code setsid}), with the {@link Guardian} ending the group if
 * the app dies. A process that leaves the group on purpose escapes it: used where there is no {@link RunBox}
 * (no Linux, no Python, or {@code -Dprocesslab.box=false}).
 */
final class GroupContainment implements Containment {

    private static final System.Logger LOG = System.getLogger(GroupContainment.class.getName());

    private final Guardian guardian;
    private ProcessHandle root;

    /** @param guardian ends the group if the app dies; null where there is none */
    GroupContainment(Guardian guardian) {
        this.guardian = guardian;
    }

    @Override
    public List<String> command(List<String> program, RunLimits limits) {
        return program;
    }

    @Override
    public long attach(Process process) {
        root = process.toHandle();
        return root.pid();
    }

    @Override
    public ObservedTree observedTree() {
        return ObservedTree.of(root.pid());
    }

    @Override
    public void letRun() {
        if (guardian != null) {
            guardian.watch(root.pid());
        }
    }

    /**
     * The observer and the task events already keep the run's processes in the recording, so they are counted
     * there: ProcessHandle.descendants() read every process of the machine from /proc ten times a second. A count
     * over the cap is checked with the system first, since a process whose end nobody reported (a short child the
     * observer never saw) must not stop a run.
     */
    @Override
    public OptionalInt overProcessCap(Recording recording, int max) {
        if (recording.liveProcessCount() <= max) {
            return OptionalInt.empty();
        }
        long alive = recording.processes().stream()
                .filter(ProcessInfo::isAlive)
                .filter(info ->
                        ProcessHandle.of(info.pid()).map(ProcessHandle::isAlive).orElse(false))
                .count();
        return alive > max ? OptionalInt.of((int) alive) : OptionalInt.empty();
    }

    @Override
    public void endLeftovers(Recording recording, boolean outputStillOpen) {
        if (!ProcessGroups.groupsSupported()) {
            return;
        }
        if (outputStillOpen) {
            recording.addNotice("Processes still running after the main process ended were stopped.");
        }
        ProcessGroups.signalGroup(root.pid(), true); // leftovers (or nothing): the run owns its group
    }

    @Override
    public void stop() {
        ProcessGroups.signalTree(root, false);
        long deadline = System.nanoTime() + RunSession.STOP_GRACE_MS * 1_000_000;
        while (System.nanoTime() < deadline
                && (root.isAlive() || root.descendants().findAny().isPresent())) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        ProcessGroups.signalTree(root, true);
    }

    @Override
    public void kill() {
        ProcessGroups.signalTree(root, true);
    }

    @Override
    public void release() {
        if (guardian != null) {
            try {
                guardian.forget(root.pid());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "releasing the guardian's watch failed", e);
            }
        }
    }
}
