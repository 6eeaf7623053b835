package processlab.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import processlab.recording.Recording;
import processlab.run.spec.Launch;
import processlab.run.spec.RunException;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;
import processlab.worker.ExitStatus;

/**
 * One run of a program: starts it in its {@link Containment} (a box it cannot leave on Linux with Python, else a
 * process group of its own), records it, enforces its limits, and ends every process it made on {@link #stop()}, on
 * a limit, or when the app dies.
 *
 * <p>Threads per run, all named {@code processlab-run-N-…} and daemons: two output pumps, a watcher that
 * follows task events and limits every 50 ms, and a short-lived stopper. All end with the run.
 */
public final class RunSession implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RunSession.class.getName());
    private static final AtomicInteger IDS = new AtomicInteger();
    /**
     * Task events carry their own times and the screen draws them 4 times a second, and the main process's end
     * wakes the watcher at once: nothing needs a shorter step, and each one costs the app a wake-up.
     */
    private static final long WATCH_INTERVAL_MS = 50;

    private static final long PROCESS_COUNT_INTERVAL_NS = 100_000_000L;
    /** Time a stopped tree gets to end on SIGTERM before SIGKILL. */
    static final long STOP_GRACE_MS = 300;
    /** Time output may keep arriving after the main process ended (children still printing). */
    private static final long DRAIN_MS = 500;

    private final int id = IDS.incrementAndGet();
    private final RunSpec spec;
    private final Launch launch;
    private final Recording recording;
    private final Path runDir;
    /** The process Java started: the box, or the program itself when there is no box. */
    private final Process process;

    private final Containment containment;
    /** The program's main process (the box's child, or {@link #process}). */
    private final long mainPid;

    private final TaskEventTailer events;
    private final RunMonitor.Factory monitorFactory;
    private final AccountingMeter meter;
    private final RunConsole console;
    private final RunHost host;
    private final CompletableFuture<RunResult> completion = new CompletableFuture<>();
    private final AtomicReference<StopReason> stopReason = new AtomicReference<>();
    private Thread stdoutPump;
    private Thread stderrPump;
    private RunMonitor monitor;

    RunSession(
            RunSpec spec,
            Launch launch,
            Recording recording,
            Path runDir,
            Process process,
            Containment containment,
            long mainPid,
            TaskEventTailer events,
            RunMonitor.Factory monitorFactory,
            AccountingMeter meter,
            RunEnvironment environment) {
        this.spec = spec;
        this.launch = launch;
        this.recording = recording;
        this.runDir = runDir;
        this.process = process;
        this.containment = containment;
        this.mainPid = mainPid;
        this.events = events;
        this.monitorFactory = monitorFactory;
        this.meter = meter;
        this.console = environment.console();
        this.host = environment.host();
    }

    /** Starts the run; throws with a message for the user when it cannot start (no Python, bad program…). */
    public static RunSession start(RunSpec spec, RunEnvironment environment) throws RunException {
        return RunStarter.start(spec, environment);
    }

    /**
     * Starts the run on a background thread: finding Python the first time runs it once (tens of ms), which
     * does not belong on a UI thread. Completes exceptionally with a {@link RunException} when it cannot start.
     */
    public static CompletableFuture<RunSession> startAsync(RunSpec spec, RunEnvironment environment) {
        CompletableFuture<RunSession> started = new CompletableFuture<>();
        Thread starter = new Thread(
                () -> {
                    try {
                        started.complete(start(spec, environment));
                    } catch (RunException | RuntimeException e) {
                        started.completeExceptionally(e);
                    }
                },
                "processlab-run-starter");
        starter.setDaemon(true);
        starter.start();
        return started;
    }

    public Recording recording() {
        return recording;
    }

    public RunSpec spec() {
        return spec;
    }

    /** The program's main process's pid. */
    public long pid() {
        return mainPid;
    }

    /** What runs, for the screen: "Python 3.11", "Java 17". */
    public String description() {
        return launch.description();
    }

    /** Completes once the run has ended and everything it wrote is in the Recording; never fails. */
    public CompletableFuture<RunResult> completion() {
        return completion;
    }

    /** Waits for the end; empty if it did not come within the time given. */
    public java.util.Optional<RunResult> await(Duration timeout) throws InterruptedException {
        try {
            return java.util.Optional.of(completion.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return java.util.Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Whether the run has not ended yet. */
    public boolean isRunning() {
        return !completion.isDone();
    }

    /** Ends the whole tree; returns at once (safe on the UI thread). */
    public void stop() {
        stop(StopReason.STOPPED);
    }

    @Override
    public void close() {
        stop();
    }

    // ---- lifecycle -------------------------------------------------------------------------------------

    void begin() {
        host.started(this);
        recording.processStarted(mainPid, ProcessHandle.current().pid(), String.join(" ", launch.command()), 0);
        recording.setProcessRole(mainPid, "main");
        if (console != null) {
            daemon("stdin", new InputPump(console.stdin(), process.getOutputStream()));
        } else {
            try {
                process.getOutputStream().close(); // a program that reads input gets end-of-file, not a hang
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing stdin", e);
            }
        }
        monitor = startMonitor();
        RunLimits limits = spec.limits();
        Runnable overLimit = () -> stop(StopReason.OUTPUT_CAP);
        stdoutPump = daemon(
                "stdout",
                new OutputPump(
                        process.getInputStream(),
                        false,
                        recording,
                        mainPid,
                        limits,
                        overLimit,
                        console == null ? null : console.stdout()));
        stderrPump = daemon(
                "stderr",
                new OutputPump(
                        process.getErrorStream(),
                        true,
                        recording,
                        mainPid,
                        limits,
                        overLimit,
                        console == null ? null : console.stderr()));
        daemon("watch", this::watch);
        containment.letRun(); // observed and read from now on
    }

    private RunMonitor startMonitor() {
        try {
            return monitorFactory.start(recording, containment.observedTree());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "observer failed to start", e);
            recording.addNotice("The process observer could not start: " + e.getMessage());
            return RunMonitor.NONE.start(recording, containment.observedTree());
        }
    }

    private Thread daemon(String role, Runnable body) {
        Thread thread = new Thread(body, "processlab-run-" + id + "-" + role);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Follows task events and the limits until the main process ends, then finishes the run. Whatever goes
     * wrong here, the run still ends: its observer, events file, guardian entry and folder are released and
     * {@link #completion()} completes, so neither the screen nor a CLI waits forever.
     */
    private void watch() {
        long endNs = -1;
        OptionalInt code = OptionalInt.empty();
        try {
            followUntilExit();
            checkProcessCount(); // a box may have ended the run over the cap between two looks
            endNs = mainEnd();
            // At once: the kernel added the tree's CPU to ours when the main process was waited for.
            recording.setAccounting(containment.programsShare(meter.stop()));
            code = OptionalInt.of(recordExit(endNs));
            drainOutput();
        } catch (InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.log(System.Logger.Level.ERROR, "run watcher failed", e);
            recording.addNotice("ProcessLab lost track of this run (" + e + ") and stopped it.");
            stopReason.compareAndSet(null, StopReason.STOPPED);
            quietly("killing the run after a watcher failure", containment::kill);
        } finally {
            if (endNs < 0) {
                recording.setAccounting(meter.stop());
            }
            cleanUp(endNs < 0 ? recording.now() : endNs, code);
        }
    }

    /** When the main process ended: the box says (it may linger after, ending leftovers), else now. */
    private long mainEnd() {
        long now = recording.now();
        OptionalLong ended = containment.mainEndNanos();
        return ended.isPresent() ? Math.min(now, Math.max(0, recording.toRunTime(ended.getAsLong()))) : now;
    }

    private void followUntilExit() throws InterruptedException {
        long deadline = System.nanoTime() + spec.limits().timeout().toNanos();
        long nextCount = 0;
        while (!process.waitFor(WATCH_INTERVAL_MS, TimeUnit.MILLISECONDS)) {
            events.poll();
            long now = System.nanoTime();
            if (now - deadline >= 0 && stopReason.get() == null) {
                recording.addNotice("The run reached its time limit of "
                        + spec.limits().timeout().toSeconds() + " s and was stopped.");
                stop(StopReason.TIMEOUT);
            }
            if (now - nextCount >= 0) {
                nextCount = now + PROCESS_COUNT_INTERVAL_NS;
                checkProcessCount();
            }
        }
    }

    /** Stops the run when it has more processes alive than its cap (a box has stopped it already). */
    private void checkProcessCount() {
        if (stopReason.get() != null) {
            return;
        }
        int max = spec.limits().maxProcesses();
        containment.overProcessCap(recording, max).ifPresent(count -> {
            // Set here, not through stop(): a box that ended the run over the cap has exited by now.
            if (stopReason.compareAndSet(null, StopReason.PROCESS_CAP)) {
                recording.addNotice(
                        "The run had more than " + max + " processes at once (" + count + ") and was stopped.");
                daemon("stop", containment::stop);
            }
        });
    }

    private int recordExit(long endNs) {
        events.poll(); // the root's last words (its normal-exit event) decide how to read its exit status
        int code = exitCode();
        recording.processEnded(mainPid, endNs, OptionalInt.of(code));
        return code;
    }

    private void drainOutput() throws InterruptedException {
        // Output still in the pipes comes through; children that outlive the main process hold the pipes open.
        stdoutPump.join(DRAIN_MS);
        stderrPump.join(DRAIN_MS);
        containment.endLeftovers(recording, stdoutPump.isAlive() || stderrPump.isAlive());
        stdoutPump.join(DRAIN_MS);
        stderrPump.join(DRAIN_MS);
        events.poll();
    }

    /** Releases what the run holds, each step on its own so one failing does not skip the rest. */
    private void cleanUp(long endNs, OptionalInt code) {
        quietly("closing the events file", events::close);
        quietly("closing the run's monitors", monitor::close);
        recording.finish(endNs); // the run ends when its main process does
        quietly("releasing the run's watch", containment::release);
        quietly("deleting the run folder", () -> RunFolders.delete(runDir));
        host.ended(this);
        StopReason reason = stopReason.get();
        completion.complete(new RunResult(code, reason == null ? StopReason.FINISHED : reason, endNs));
        IdleHeap.afterRun(recording); // after the run, which nothing here should slow down
    }

    private void quietly(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, what + " failed", e);
            recording.addNotice("Ending the run: " + what + " failed (" + e + ").");
        }
    }

    /**
     * The main process's exit code, negative for a signal. The box saw the kernel's own status; without a box, Java
     * gives 128+N both for signal N and for an exit with that code, told apart by the root's last words if it is
     * a Python program (its normal-exit event).
     */
    private int exitCode() {
        OptionalInt seen = containment.exitCode();
        if (seen.isPresent()) {
            return seen.getAsInt();
        }
        int code = process.exitValue();
        return events.exitedNormally(mainPid) ? code : ExitStatus.recorded(code);
    }

    private void stop(StopReason reason) {
        if (!process.isAlive() || !stopReason.compareAndSet(null, reason)) {
            return; // already ended by itself, or already being stopped
        }
        daemon("stop", containment::stop);
    }
}
