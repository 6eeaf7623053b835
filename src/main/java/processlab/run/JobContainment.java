package processlab.run;

import java.util.List;
import java.util.OptionalInt;
import processlab.recording.Recording;
import processlab.run.observe.ObservedTree;
import processlab.run.process.WindowsJob;
import processlab.run.spec.RunException;
import processlab.run.spec.RunLimits;

/**
 * A run held in a Windows job object ({@link WindowsJob}): Stop, the end of the main process and the app's death
 * (the job is made kill-on-close) end every process the run started, including those whose parent has already
 * ended, which a search of descendants would miss. Everything else is as for a run with no group of its own.
 */
final class JobContainment implements Containment {

    private final GroupContainment tree = new GroupContainment(null);
    private final WindowsJob job = WindowsJob.create();

    @Override
    public List<String> command(List<String> program, RunLimits limits) {
        return tree.command(program, limits);
    }

    @Override
    public long attach(Process process) throws RunException {
        long pid = tree.attach(process);
        try {
            job.add(pid);
        } catch (IllegalStateException e) {
            process.destroyForcibly();
            job.close();
            throw new RunException("Could not hold the run together: " + e.getMessage(), e);
        }
        return pid;
    }

    @Override
    public ObservedTree observedTree() {
        return tree.observedTree();
    }

    @Override
    public void letRun() {
        // The job holds the run from attach() on; nothing else watches it.
    }

    @Override
    public OptionalInt overProcessCap(Recording recording, int max) {
        return tree.overProcessCap(recording, max);
    }

    @Override
    public void endLeftovers(Recording recording, boolean outputStillOpen) {
        if (outputStillOpen) {
            recording.addNotice("Processes still running after the main process ended were stopped.");
        }
        job.end();
    }

    @Override
    public void stop() {
        tree.stop(); // the main process first, as a user's Stop expects, then whatever it left
        job.end();
    }

    @Override
    public void kill() {
        job.end();
    }

    @Override
    public void release() {
        job.close();
    }
}
