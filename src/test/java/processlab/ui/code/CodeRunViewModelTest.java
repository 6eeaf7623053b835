package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import processlab.recording.Recording;
import processlab.run.spec.RunException;
import processlab.tryit.CodeLanguage;
import processlab.tryit.RunningCode;

/** The run view-model with a fake runner and same-thread executors: no toolkit, no Python. */
class CodeRunViewModelTest {

    /** A run the test ends by hand. */
    static final class FakeRun implements RunningCode {
        final Recording recording = new Recording("fake", 0, 2, true, 100);
        final CompletableFuture<Recording> finished = new CompletableFuture<>();
        int stops;

        FakeRun() {
            recording.processStarted(10, 1, "python3 main.py", 0);
        }

        void end(int exitCode, long atNs) {
            recording.processEnded(10, atNs, OptionalInt.of(exitCode));
            recording.finish(atNs);
            finished.complete(recording);
        }

        @Override
        public Recording recording() {
            return recording;
        }

        @Override
        public String scriptName() {
            return "main.py";
        }

        @Override
        public CompletableFuture<Recording> finished() {
            return finished;
        }

        @Override
        public void stop() {
            stops++;
        }
    }

    private final FakeRun run = new FakeRun();
    private final List<CodeRunViewModel.FinishedRun> finishedRuns = new ArrayList<>();
    private final CodeRunViewModel model =
            new CodeRunViewModel((language, source) -> run, Runnable::run, Runnable::run);

    @Test
    void aCleanRunReportsItsTimeAndExitCode() {
        model.run(CodeLanguage.PYTHON, "print(1)", finishedRuns::add);
        assertTrue(model.runningProperty().get());
        assertEquals("Running…", model.statusProperty().get());
        assertTrue(model.recordingProperty().get() == run.recording);
        run.recording.processStarted(11, 10, "python3 main.py", 5);
        run.end(0, 1_500_000_000L);
        assertFalse(model.runningProperty().get());
        assertEquals(
                "Finished in 1.5 s, exit code 0 (main program and 1 child process).",
                model.statusProperty().get());
        assertNull(model.errorProperty().get());
        assertEquals(1, finishedRuns.size());
        assertFalse(finishedRuns.get(0).stopped());
    }

    @Test
    void anErrorWithALineBecomesTheStatus() {
        model.run(CodeLanguage.PYTHON, "x", finishedRuns::add);
        run.recording.addOutput(10, 1, true, "Traceback (most recent call last):");
        run.recording.addOutput(10, 2, true, "  File \"/tmp/a/main.py\", line 1, in <module>");
        run.recording.addOutput(10, 3, true, "NameError: name 'x' is not defined");
        run.end(1, 100_000_000L);
        assertEquals(
                "Error on line 1: NameError: name 'x' is not defined",
                model.statusProperty().get());
        assertEquals(1, model.errorProperty().get().line());
    }

    @Test
    void stopIsPassedOnAndReported() {
        model.run(CodeLanguage.PYTHON, "while True: pass", finishedRuns::add);
        model.run(CodeLanguage.PYTHON, "ignored while running", finishedRuns::add);
        model.stop();
        assertEquals(1, run.stops);
        run.end(-15, 2_000_000_000L);
        assertEquals("Stopped after 2.0 s.", model.statusProperty().get());
        assertTrue(finishedRuns.get(0).stopped());
    }

    @Test
    void clearForgetsTheLastRunButNotOneGoingOn() {
        model.run(CodeLanguage.PYTHON, "x", finishedRuns::add);
        model.clear();
        assertTrue(model.recordingProperty().get() == run.recording, "the output of the run going on stays");
        run.recording.addOutput(10, 1, true, "  File \"/tmp/a/main.py\", line 1, in <module>");
        run.recording.addOutput(10, 2, true, "NameError: name 'x' is not defined");
        run.end(1, 100_000_000L);
        model.clear();
        assertNull(model.recordingProperty().get());
        assertNull(model.errorProperty().get());
        assertEquals("", model.statusProperty().get());
    }

    @Test
    void aRunThatCannotStartSaysWhy() {
        CodeRunViewModel failing = new CodeRunViewModel(
                (language, source) -> {
                    throw new RunException("python3 was not found. Install Python 3.8 or newer.");
                },
                Runnable::run,
                Runnable::run);
        failing.run(CodeLanguage.PYTHON, "print(1)", finishedRuns::add);
        assertFalse(failing.runningProperty().get());
        assertEquals(
                "python3 was not found. Install Python 3.8 or newer.",
                failing.statusProperty().get());
        assertTrue(finishedRuns.isEmpty());
    }
}
