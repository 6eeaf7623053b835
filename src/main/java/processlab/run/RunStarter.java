package processlab.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import processlab.recording.Recording;
import processlab.run.process.Guardian;
import processlab.run.process.ProcessGroups;
import processlab.run.spec.Launch;
import processlab.run.spec.RunException;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;

/**
 * Starts a {@link RunSession}: the run's folder, its launch, its containment, the process, the accounting and the
 * recording, in that order, and undoes what was done when a step fails.
 */
final class RunStarter {

    private RunStarter() {}

    static RunSession start(RunSpec spec, RunEnvironment environment) throws RunException {
        Path runDir;
        try {
            runDir = RunFolders.create();
        } catch (IOException e) {
            throw new RunException("Could not create a temporary folder for the run: " + e.getMessage(), e);
        }
        Path eventsFile = runDir.resolve("events");
        try {
            Launch launch = Launches.plan(spec, environment, runDir, eventsFile);
            RunLimits limits = spec.limits();
            Containment containment = Containment.forRun(spec, environment, runDir);
            List<String> command = containment.command(launch.command(), limits);
            ProcessBuilder builder = new ProcessBuilder(ProcessGroups.inNewGroup(command));
            builder.directory(launch.directory().toFile());
            builder.environment().putAll(launch.environment());
            Process process;
            // Started before the app steps back, so it can give the session its priority back.
            Guardian guardian = environment.host().guardian();
            AccountingMeter meter = AccountingMeter.start(guardian);
            try {
                process = builder.start();
            } catch (IOException e) {
                meter.stop();
                throw new RunException("Could not start " + command.get(0) + ": " + e.getMessage(), e);
            }
            meter.follow(process.toHandle());
            long mainPid;
            try {
                mainPid = containment.attach(process);
                RunPriority.lowerRun(process.pid());
            } catch (RunException e) {
                meter.stop();
                throw e;
            }
            // Time 0 is the moment the program is started, as /usr/bin/time counts it (a boxed program waits,
            // stopped, until begin() lets it go); cores are unknown until an observer that can read them says so
            // (the /proc one can, OSHI's cannot).
            Recording recording = new Recording(
                    spec.label(),
                    System.nanoTime(),
                    Runtime.getRuntime().availableProcessors(),
                    false,
                    limits.outputLines());
            launch.notices().forEach(recording::addNotice);
            containment.notice().ifPresent(recording::addNotice);
            try {
                RunSession session = new RunSession(
                        spec,
                        launch,
                        recording,
                        runDir,
                        process,
                        containment,
                        mainPid,
                        new TaskEventTailer(eventsFile, recording),
                        environment.monitors(),
                        meter,
                        environment);
                session.begin();
                return session;
            } catch (RuntimeException e) {
                containment.kill();
                meter.stop();
                throw e;
            }
        } catch (RunException | RuntimeException e) {
            RunFolders.delete(runDir);
            throw e;
        }
    }
}
