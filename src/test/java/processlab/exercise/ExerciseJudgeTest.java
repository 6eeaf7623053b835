package processlab.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.exercise.SyntheticRun.MAIN;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import processlab.lesson.ExerciseCheck;
import processlab.recording.Recording;

class ExerciseJudgeTest {

    private static Verdict judge(ExerciseCheck check, Recording recording) {
        return ExerciseJudge.judge(check, recording, "main.py");
    }

    private static void assertFails(Verdict verdict, String expectedMessage) {
        assertFalse(verdict.passed(), verdict.toString());
        assertTrue(
                verdict.messages().contains(expectedMessage), verdict.messages().toString());
    }

    // ---- four-processes ----------------------------------------------------------------------------------

    private static SyntheticRun fourChildren() {
        return new SyntheticRun()
                .childPrinting(201, "1")
                .childPrinting(202, "2")
                .childPrinting(203, "3");
    }

    @Test
    void fourChildrenPrintingDifferentNumbersPass() {
        Verdict verdict = judge(
                ExerciseCheck.FOUR_PROCESSES,
                fourChildren().childPrinting(204, "Process 4 has pid 204").finish(0));
        assertTrue(verdict.passed(), verdict.toString());
        assertTrue(verdict.messages().get(0).contains("[1, 2, 3, 4]"), verdict.toString());
    }

    @Test
    void threeChildrenAreCounted() {
        assertFails(
                judge(ExerciseCheck.FOUR_PROCESSES, fourChildren().finish(0)),
                "Only 3 child processes ran; the exercise needs 4.");
    }

    @Test
    void noChildAtAllSaysHowToStartOne() {
        Verdict verdict = judge(
                ExerciseCheck.FOUR_PROCESSES,
                new SyntheticRun().print(MAIN, "1").print(MAIN, "2").finish(0));
        assertFalse(verdict.passed());
        assertTrue(verdict.messages().get(0).startsWith("No child process ran; the exercise needs 4."));
    }

    @Test
    void fiveChildrenAreTooMany() {
        assertFails(
                judge(
                        ExerciseCheck.FOUR_PROCESSES,
                        fourChildren()
                                .childPrinting(204, "4")
                                .childPrinting(205, "5")
                                .finish(0)),
                "5 child processes ran; the exercise needs exactly 4.");
    }

    @Test
    void grandchildrenDoNotCountAsChildrenOfTheMainProgram() {
        SyntheticRun run = fourChildren();
        run.process(301, 203).task(301, "process", "Process-x").print(301, "4").end(301, 0);
        assertFails(
                judge(ExerciseCheck.FOUR_PROCESSES, run.finish(0)),
                "Only 3 child processes ran; the exercise needs 4.");
    }

    @Test
    void aRepeatedNumberIsNamed() {
        assertFails(
                judge(
                        ExerciseCheck.FOUR_PROCESSES,
                        fourChildren().childPrinting(204, "3").finish(0)),
                "The number 3 was printed 2 times; each child should print a different number, once.");
    }

    @Test
    void aSilentChildIsNamed() {
        SyntheticRun run = fourChildren().child(204).task(204, "process", "p").end(204, 0);
        assertFails(
                judge(ExerciseCheck.FOUR_PROCESSES, run.finish(0)),
                "1 child process printed nothing (pid 204); each child should print its number.");
    }

    @Test
    void aChildThatOutlivedTheMainProgramMeansNoJoin() {
        SyntheticRun run = fourChildren().child(204).task(204, "process", "p").print(204, "4");
        run.end(MAIN, 0);
        run.end(204, 0);
        run.recording.finish(run.tick());
        assertFails(
                judge(ExerciseCheck.FOUR_PROCESSES, run.recording),
                "The main program ended before child process (pid 204) finished: call join() on every process "
                        + "before the program ends.");
    }

    @Test
    void aDaemonChildKilledAtExitIsExplained() {
        SyntheticRun run = fourChildren().child(204).print(204, "4").end(204, -15);
        assertFails(
                judge(ExerciseCheck.FOUR_PROCESSES, run.finish(0)),
                "Child process 204 was killed (signal 15) before it finished: the main program did not wait for "
                        + "it. Call join() on it.");
    }

    @Test
    void aChildTheObserverMissedStillCountsThroughItsOutput() {
        SyntheticRun run = fourChildren();
        run.recording.addOutput(204, run.tick(), false, "4");
        run.recording.taskStarted(204, 204, "p", "process", run.tick());
        run.recording.taskEnded(204, 204, "p", run.tick());
        assertTrue(judge(ExerciseCheck.FOUR_PROCESSES, run.finish(0)).passed());
    }

    @Test
    void helperProcessesThatDidNothingAreNotChildren() {
        SyntheticRun run = fourChildren().childPrinting(204, "4").child(250).end(250, 0);
        assertTrue(judge(ExerciseCheck.FOUR_PROCESSES, run.finish(0)).passed());
    }

    // ---- errors of the program itself --------------------------------------------------------------------

    @Test
    void anExceptionInTheMainProgramIsReportedWithItsLine() {
        SyntheticRun run = new SyntheticRun()
                .printErr(MAIN, "Traceback (most recent call last):")
                .printErr(MAIN, "  File \"/tmp/processlab-run/main.py\", line 7, in <module>")
                .printErr(MAIN, "    for i in rang(4):")
                .printErr(MAIN, "NameError: name 'rang' is not defined. Did you mean: 'range'?");
        assertFails(
                judge(ExerciseCheck.FOUR_PROCESSES, run.finish(1)),
                "Your program stopped with an error on line 7: NameError: name 'rang' is not defined. "
                        + "Did you mean: 'range'?");
    }

    @Test
    void anErrorInAChildNamesTheChild() {
        SyntheticRun run = new SyntheticRun()
                .child(201)
                .printErr(201, "Process Process-1:")
                .printErr(201, "Traceback (most recent call last):")
                .printErr(201, "  File \"/usr/lib/python3.11/multiprocessing/process.py\", line 314, in _bootstrap")
                .printErr(201, "  File \"/tmp/x/main.py\", line 4, in work")
                .printErr(201, "ZeroDivisionError: division by zero")
                .end(201, 1);
        assertFails(
                judge(ExerciseCheck.CREATE_PROCESS, run.finish(0)),
                "Child process 201 stopped with an error on line 4: ZeroDivisionError: division by zero");
    }

    @Test
    void aStoppedProgramIsNotJudged() {
        assertFails(
                judge(ExerciseCheck.CREATE_PROCESS, new SyntheticRun().finish(-9)),
                "Your program was stopped (signal 9) before it finished, so it could not be checked. "
                        + "Did it run too long?");
    }

    @Test
    void anEmptyRecordingSaysTheProgramDidNotStart() {
        Recording empty = new Recording("x", 0, 2, true, 10);
        empty.addNotice("python3 was not found.");
        Verdict verdict = judge(ExerciseCheck.CREATE_PROCESS, empty);
        assertEquals(
                java.util.List.of("Your program did not start: no process was seen.", "python3 was not found."),
                verdict.messages());
    }

    // ---- create-process ----------------------------------------------------------------------------------

    @Test
    void oneChildThatPrintedAndWasAwaitedPasses() {
        Verdict verdict = judge(
                ExerciseCheck.CREATE_PROCESS,
                new SyntheticRun().childPrinting(201, "hello from the child").finish(0));
        assertTrue(verdict.passed(), verdict.toString());
    }

    @Test
    void createProcessWantsExactlyOneChildThatPrints() {
        assertFails(
                judge(
                        ExerciseCheck.CREATE_PROCESS,
                        new SyntheticRun().print(MAIN, "hi").finish(0)),
                "No child process ran. Create one with multiprocessing.Process(target=...), then call start() on it.");
        assertFails(
                judge(
                        ExerciseCheck.CREATE_PROCESS,
                        new SyntheticRun()
                                .child(201)
                                .task(201, "process", "p")
                                .end(201, 0)
                                .finish(0)),
                "The child process (pid 201) printed nothing: its target function should print something.");
    }

    @Test
    void childWithoutKnownEndIsTakenAsNotAwaited() {
        SyntheticRun run = new SyntheticRun().child(201).print(201, "hi");
        run.recording.processEnded(MAIN, run.tick(), OptionalInt.of(0));
        run.recording.finish(run.tick());
        assertFails(
                judge(ExerciseCheck.CREATE_PROCESS, run.recording),
                "The main program ended before child process (pid 201) finished: call join() on it before the "
                        + "program ends.");
    }

    // ---- pool-map ----------------------------------------------------------------------------------------

    @Test
    void tasksOnTwoWorkersAndPrintedResultsPass() {
        SyntheticRun run = new SyntheticRun()
                .child(201)
                .child(202)
                .task(201, "pool", "0")
                .task(202, "pool", "1")
                .task(201, "pool", "2")
                .end(201, 0)
                .end(202, 0)
                .print(MAIN, "[0, 1, 4]");
        Verdict verdict = judge(ExerciseCheck.POOL_MAP, run.finish(0));
        assertTrue(verdict.passed(), verdict.toString());
    }

    @Test
    void poolMapFailuresSayWhatWasMissing() {
        assertFails(
                judge(
                        ExerciseCheck.POOL_MAP,
                        new SyntheticRun().print(MAIN, "[0, 1, 4]").finish(0)),
                "No pool worker ran a task. Create a multiprocessing.Pool and call pool.map(function, inputs).");
        assertFails(
                judge(
                        ExerciseCheck.POOL_MAP,
                        new SyntheticRun()
                                .task(MAIN, "pool", "0")
                                .print(MAIN, "[0]")
                                .finish(0)),
                "The tasks ran inside the main process (threads, not processes). Use multiprocessing.Pool, whose "
                        + "workers are separate processes.");
        assertFails(
                judge(
                        ExerciseCheck.POOL_MAP,
                        new SyntheticRun()
                                .child(201)
                                .task(201, "pool", "0")
                                .task(201, "pool", "1")
                                .end(201, 0)
                                .print(MAIN, "[0, 1]")
                                .finish(0)),
                "Only one worker process (pid 201) ran tasks; the exercise needs the work shared by at least 2. "
                        + "Use Pool(2) or more and map over several inputs, e.g. range(10).");
        assertFails(
                judge(
                        ExerciseCheck.POOL_MAP,
                        new SyntheticRun()
                                .child(201)
                                .child(202)
                                .task(201, "pool", "0")
                                .task(202, "pool", "1")
                                .finish(0)),
                "The main program printed nothing: print the results that pool.map returns.");
    }
}
