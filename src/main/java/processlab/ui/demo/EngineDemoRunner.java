package processlab.ui.demo;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import processlab.recording.Recording;
import processlab.run.RunEnvironment;
import processlab.run.RunResult;
import processlab.run.RunSession;
import processlab.run.StopReason;
import processlab.run.spec.RunException;
import processlab.run.spec.RunKind;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;

/** Runs demos for real through the run engine ({@link RunSession}). */
public final class EngineDemoRunner implements DemoRunner {

    private final RunEnvironment runs;

    public EngineDemoRunner(RunEnvironment runs) {
        this.runs = runs;
    }

    @Override
    public DemoRun start(RunKind kind, DemoParameters parameters) throws DemoRunException {
        RunSpec.Demo spec = new RunSpec.Demo(
                kind,
                parameters.workers(),
                parameters.tasks(),
                parameters.workload(),
                parameters.size(),
                parameters.startMethod(),
                parameters.freeThreaded(),
                parameters.switchIntervalMs(),
                RunLimits.withTimeout(Duration.ofSeconds(parameters.timeoutSeconds())));
        try {
            return new SessionRun(RunSession.start(spec, runs));
        } catch (RunException e) {
            throw new DemoRunException(e.getMessage());
        }
    }

    private record SessionRun(RunSession session) implements DemoRun {

        @Override
        public Recording recording() {
            return session.recording();
        }

        @Override
        public CompletableFuture<String> ended() {
            return session.completion().thenApply(SessionRun::describe);
        }

        @Override
        public void stop() {
            session.stop();
        }

        private static String describe(RunResult result) {
            String code = result.exitCode().isPresent()
                    ? " (exit " + result.exitCode().getAsInt() + ")"
                    : "";
            return result.reason() == StopReason.FINISHED
                    ? "finished" + code
                    : result.reason().id().replace('-', ' ') + code;
        }
    }
}
