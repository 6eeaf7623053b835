package processlab.run;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import processlab.recording.Recording;
import processlab.recording.RunAccounting;
import processlab.run.observe.ObservedTree;
import processlab.run.process.RunPlatform;
import processlab.run.spec.RunException;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;

/**
 * How a run's processes are kept together and ended: in a {@link BoxContainment} (Linux with Python: nothing it
 * starts can leave), in a {@link JobContainment} (Windows: a job object), else as a {@link GroupContainment} (a
 * process group of its own where the machine can make one, watched by the guardian).
 * {@link RunSession} asks it the few things that differ; everything else about a run is the same either way.
 */
sealed interface Containment permits BoxContainment, JobContainment, GroupContainment {

    /** The strongest hold this machine offers the run (see {@link RunPlatform}). */
    static Containment forRun(RunSpec spec, RunEnvironment environment, java.nio.file.Path runDir) {
        if (RunPlatform.offersJobObjects()) {
            return new JobContainment();
        }
        Optional<RunBox> box = RunBox.forRun(environment, runDir, !spec.runsJavaOnly());
        return box.<Containment>map(BoxContainment::new)
                .orElseGet(() -> new GroupContainment(environment.host().guardian()));
    }

    /** The command Java starts, which runs {@code program}. */
    List<String> command(List<String> program, RunLimits limits);

    /**
     * Binds to the process Java started, once it is running.
     *
     * @return the program's main process's pid
     * @throws RunException if the program could not be started (the process is then ended)
     */
    long attach(Process process) throws RunException;

    /** Something the user should know about how well the run is held together, if anything. */
    default Optional<String> notice() {
        return Optional.empty();
    }

    /** The processes the observers follow. */
    ObservedTree observedTree();

    /** Everything that follows the run is in place: the program may run, and the app's death must end it. */
    void letRun();

    /** How many processes the run has alive when that is over {@code max} (checked with the system), else empty. */
    OptionalInt overProcessCap(Recording recording, int max);

    /** The CPU time the kernel counted, less what was not the program's (by default all of it was). */
    default RunAccounting programsShare(RunAccounting counted) {
        return counted;
    }

    /** When the main process ended, in {@link System#nanoTime()}'s clock, where known better than "now". */
    default OptionalLong mainEndNanos() {
        return OptionalLong.empty();
    }

    /**
     * The main process's exit code as the kernel gave it (-N for signal N), where known: not from Java's exit
     * value, which says 128+N both for signal N and for that exit code.
     */
    default OptionalInt exitCode() {
        return OptionalInt.empty();
    }

    /**
     * The main process has ended: ends whatever of the run is still running, and says so in the recording.
     *
     * @param outputStillOpen whether something still held the run's output open a moment after the main ended
     */
    void endLeftovers(Recording recording, boolean outputStillOpen);

    /** Ends the whole run (SIGTERM, then SIGKILL after {@link RunSession#STOP_GRACE_MS}); blocks until done. */
    void stop();

    /** Ends everything at once: something went wrong. */
    void kill();

    /** The run is over: lets go of what watches it. */
    void release();
}
