package processlab.run;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import processlab.run.process.ProcessGroups;
import processlab.run.process.RunPlatform;
import processlab.run.python.PythonInterpreter;
import processlab.run.python.PythonLocator;
import processlab.run.spec.RunException;
import processlab.run.spec.RunLimits;

/**
 * The box a run's processes cannot leave, on Linux: a small Python program ({@code box.py}) started in the run's
 * place, which the kernel makes the <em>child subreaper</em> of everything below it ({@code PR_SET_CHILD_SUBREAPER}).
 * A process whose parent dies is re-parented to the box instead of init, whatever it did to its session or group
 * ({@code setsid()}, a double fork), so the box always knows every process of the run. It counts them against the
 * process cap, ends them all on Stop and at the time limit (SIGTERM, then SIGKILL), ends those still running once the
 * main process has ended, and ends them all when the app dies in any way (it watches its parent). It exits as the
 * main process did and writes what happened to a report file ({@link BoxReport}).
 *
 * <p>The box needs Python 3.8+ (every Python run has it; Java runs use one the app has met already, and never wait
 * to ask one) and Linux 3.4+.
 * Where either is missing, runs fall back to a process group of their own ({@link ProcessGroups}), which a
 * {@code setsid()} leaves.
 */
final class RunBox {

    /** {@code -Dprocesslab.box=false} starts runs without a box (to compare, or where it misbehaves). */
    static final boolean ENABLED = RunPlatform.offersBox();
    /** After the main process ended, other processes may finish printing this long before they are ended. */
    static final long LINGER_MS = 500;
    /** Time the box has to start the program and say so, however loaded the machine. */
    private static final long START_TIMEOUT_MS = 15_000;

    private static final String SCRIPT = "box.py";
    /** SIGCONT's number on Linux (x86, ARM, RISC-V), the only system with a box. */
    private static final int SIGCONT = 18;

    private static final System.Logger LOG = System.getLogger(RunBox.class.getName());

    private final String python;
    private final Path script;
    private final Path reportFile;
    private final BoxReport report;

    private RunBox(String python, Path script, Path reportFile) {
        this.python = python;
        this.script = script;
        this.reportFile = reportFile;
        this.report = new BoxReport(reportFile);
    }

    /**
     * A box for a run whose files are in {@code runDir}; empty where boxes are off or there is no Python.
     *
     * @param mayAskPython whether an interpreter nobody asked yet may be asked its version (up to the probe's
     *                     10 s when it hangs): not for a Java run, which must not wait on a broken Python
     */
    static Optional<RunBox> forRun(RunEnvironment environment, Path runDir, boolean mayAskPython) {
        if (!ENABLED) {
            return Optional.empty();
        }
        Optional<String> python = PythonLocator.alreadyKnown().map(PythonInterpreter::executable);
        if (python.isEmpty() && mayAskPython) {
            python = pythonFor(environment);
        }
        if (python.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path script = runDir.resolve(SCRIPT);
            try (InputStream in = RunBox.class.getResourceAsStream(SCRIPT)) {
                if (in == null) {
                    return Optional.empty();
                }
                Files.write(script, in.readAllBytes());
            }
            return Optional.of(new RunBox(python.get(), script, runDir.resolve("box-report")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The interpreter the app runs Python with, if any (found once, then remembered by the locator). */
    private static Optional<String> pythonFor(RunEnvironment environment) {
        try {
            return Optional.of(environment.pythonLocator().locate(false).executable());
        } catch (RunException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The command that starts the box, which starts {@code command}. */
    List<String> wrap(List<String> command, RunLimits limits) {
        List<String> wrapped = new ArrayList<>(List.of(
                python,
                "-I",
                "-S",
                script.toString(),
                reportFile.toString(),
                Long.toString(ProcessHandle.current().pid()),
                Integer.toString(limits.maxProcesses()),
                Long.toString(RunSession.STOP_GRACE_MS),
                Long.toString(LINGER_MS)));
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * Waits until the box has started the program, and returns what it said then (the program's pid and start).
     *
     * @throws RunException if the box ended or did not answer first (it is then ended)
     */
    BoxReport.Snapshot awaitMain(Process box) throws RunException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MS);
        while (true) {
            BoxReport.Snapshot seen = report.read();
            if (seen.mainPid().isPresent()) {
                return seen;
            }
            if (!box.isAlive() || System.nanoTime() - deadline > 0) {
                ProcessGroups.signalTree(box.toHandle(), true);
                throw new RunException("The run could not start: " + python + " did not start the program"
                        + (box.isAlive()
                                ? " within " + START_TIMEOUT_MS / 1000 + " s."
                                : " (it ended with " + box.exitValue() + ")."));
            }
            try {
                box.waitFor(2, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ProcessGroups.signalTree(box.toHandle(), true);
                throw new RunException("The run was interrupted while starting.", e);
            }
        }
    }

    /**
     * Lets the program go: the box forks it stopped, so that the app observes it from its first instruction on
     * (a program of a few milliseconds ended before the observer started otherwise, on a busy machine).
     */
    void release(long mainPid) {
        try {
            if (Libc.INSTANCE.kill((int) mainPid, SIGCONT) == 0) {
                return;
            }
        } catch (RuntimeException | LinkageError e) {
            // no JNA here: the kill program does the same
        }
        try {
            new ProcessBuilder("kill", "-CONT", Long.toString(mainPid))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(2, TimeUnit.SECONDS);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "could not let the run's program go; the time limit will end it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code kill(2)}: Java can signal a process only to end it. */
    private interface Libc extends Library {
        Libc INSTANCE = Native.load("c", Libc.class);

        int kill(int pid, int signal);
    }

    /** What the box has said so far. */
    BoxReport.Snapshot report() {
        return report.read();
    }
}
