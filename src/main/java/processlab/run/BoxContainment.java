package processlab.run;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import processlab.recording.ProcessInfo;
import processlab.recording.Recording;
import processlab.recording.RunAccounting;
import processlab.run.observe.ObservedTree;
import processlab.run.process.ProcessGroups;
import processlab.run.spec.RunException;
import processlab.run.spec.RunLimits;

/**
 * A run inside a {@link RunBox}: the box is the process Java starts and the parent of the program, counts and ends
 * every process of the run, and ends them itself when the app dies (so the guardian, whose SIGKILL would end the box
 * first, is not asked to).
 */
final class BoxContainment implements Containment {

    private static final System.Logger LOG = System.getLogger(BoxContainment.class.getName());
    /** Time a box has, beyond the grace time, to end its run when asked (it ticks every 100 ms). */
    private static final long STOP_MARGIN_MS = 3_000;

    private final RunBox box;
    private Process process;
    private long mainPid;
    private boolean noSubreaper;

    BoxContainment(RunBox box) {
        this.box = box;
    }

    @Override
    public List<String> command(List<String> program, RunLimits limits) {
        return box.wrap(program, limits);
    }

    @Override
    public long attach(Process started) throws RunException {
        process = started;
        BoxReport.Snapshot said = box.awaitMain(started);
        mainPid = said.mainPid().getAsLong();
        noSubreaper = said.noSubreaper();
        return mainPid;
    }

    @Override
    public Optional<String> notice() {
        return noSubreaper
                ? Optional.of("This system would not let ProcessLab keep this run's processes together: a "
                        + "process that leaves its parent may keep running after the run.")
                : Optional.empty();
    }

    /** The box leads the run's session, and every orphan of the run becomes its child; it is itself not shown. */
    @Override
    public ObservedTree observedTree() {
        return new ObservedTree(mainPid, process.pid(), process.pid());
    }

    /** The box forked the program stopped, so that it is observed from its first instruction: let it go. */
    @Override
    public void letRun() {
        box.release(mainPid);
    }

    /** The box counts every process below it and ends them all over the cap: it only needs saying. */
    @Override
    public OptionalInt overProcessCap(Recording recording, int max) {
        return box.report().overCap();
    }

    @Override
    public RunAccounting programsShare(RunAccounting counted) {
        return counted.lessReaped(box.report().ownCpuNanos().orElse(0));
    }

    @Override
    public OptionalLong mainEndNanos() {
        return box.report().mainEndNanos();
    }

    @Override
    public OptionalInt exitCode() {
        return box.report().exitCode();
    }

    @Override
    public void endLeftovers(Recording recording, boolean outputStillOpen) {
        BoxReport.Snapshot said = box.report();
        if (said.exitCode().isEmpty()) {
            endRunWhoseBoxWasKilled(recording);
            return;
        }
        // The box ended every process of the run before it exited; it says if any were still running.
        said.leftover()
                .ifPresent(count -> recording.addNotice(
                        count == 1
                                ? "A process still running after the main process ended was stopped."
                                : count + " processes still running after the main process ended were stopped."));
    }

    /**
     * The box ended before the main process did: something killed it (the run itself can: the box is its main
     * process's parent). Its processes now belong to init, so the ones that can still be found are ended from here:
     * the box's process group (the main process and the children that stayed in it) and every process the
     * observer saw alive, with their descendants.
     */
    private void endRunWhoseBoxWasKilled(Recording recording) {
        recording.addNotice("The run's supervisor was ended from inside the run; ProcessLab stopped the processes "
                + "of the run it could still find.");
        ProcessGroups.signalGroup(process.pid(), true);
        for (ProcessInfo info : recording.processes()) {
            if (info.isAlive()) {
                ProcessHandle.of(info.pid()).ifPresent(alive -> ProcessGroups.signalTree(alive, true));
            }
        }
    }

    /**
     * Asks the box to end the run (SIGTERM to all, SIGKILL after the grace time); a box that does not exit in time
     * is ended from here with everything below it.
     */
    @Override
    public void stop() {
        // SIGTERM through the process handle: Process.destroy() would also close this side of the program's pipes
        // at once, cutting what it writes while it ends and failing its writes with a broken pipe (a traceback).
        process.toHandle().destroy();
        try {
            if (!process.waitFor(RunSession.STOP_GRACE_MS + STOP_MARGIN_MS, TimeUnit.MILLISECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "the run box did not end its run in time; ending it from here");
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void kill() {
        ProcessGroups.signalTree(process.toHandle(), true);
    }

    @Override
    public void release() {
        // the box is gone with its run
    }
}
