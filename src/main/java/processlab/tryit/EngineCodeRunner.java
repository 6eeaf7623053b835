package processlab.tryit;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import processlab.recording.Recording;
import processlab.run.RunEnvironment;
import processlab.run.RunSession;
import processlab.run.spec.RunException;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;

/**
 * Runs a student's code through the run engine: instrumented Python (pid-tagged output, process tree, task
 * spans) or Java's single-file launcher, with the engine's limits and whole-tree stop.
 */
public final class EngineCodeRunner implements CodeRunner {

    /** Lesson snippets finish in seconds; a minute means a loop that never ends. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final RunEnvironment runs;
    private final RunLimits limits;

    public EngineCodeRunner(RunEnvironment runs) {
        this(runs, RunLimits.withTimeout(DEFAULT_TIMEOUT));
    }

    public EngineCodeRunner(RunEnvironment runs, RunLimits limits) {
        this.runs = runs;
        this.limits = limits;
    }

    @Override
    public RunningCode start(CodeLanguage language, String source) throws RunException {
        return start(
                language,
                language == CodeLanguage.PYTHON
                        ? new RunSpec.PythonSource(source, "Your code", limits)
                        : new RunSpec.JavaSource(source, "Your Java code", limits));
    }

    @Override
    public RunningCode start(CodeLanguage language, String source, String minimumPython) throws RunException {
        if (language != CodeLanguage.PYTHON) {
            return start(language, source);
        }
        return start(language, new RunSpec.PythonSource(source, "Your code", Optional.of(minimumPython), limits));
    }

    private RunningCode start(CodeLanguage language, RunSpec spec) throws RunException {
        RunSession session = RunSession.start(spec, runs);
        CompletableFuture<Recording> finished = session.completion().thenApply(result -> session.recording());
        return new RunningCode() {
            @Override
            public Recording recording() {
                return session.recording();
            }

            @Override
            public String scriptName() {
                return language.fileName();
            }

            @Override
            public CompletableFuture<Recording> finished() {
                return finished;
            }

            @Override
            public void stop() {
                session.stop();
            }
        };
    }
}
