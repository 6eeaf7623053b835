package processlab.exercise;

import java.util.ArrayList;
import java.util.List;
import processlab.recording.OutputLine;

/** create-process: one child process started, it printed, and the main program waited for it to end. */
final class CreateProcessCheck {

    private CreateProcessCheck() {}

    static Verdict judge(RunFacts facts) {
        List<Long> children = facts.children();
        if (children.isEmpty()) {
            return Verdict.fail("No child process ran. Create one with multiprocessing.Process(target=...), "
                    + "then call start() on it.");
        }
        if (children.size() > 1) {
            return Verdict.fail(children.size() + " child processes ran " + ExerciseJudge.pids(children)
                    + "; the exercise asks for exactly one.");
        }
        long child = children.get(0);
        List<String> problems = new ArrayList<>();
        List<OutputLine> printed = facts.stdoutOf(child);
        if (printed.isEmpty()) {
            problems.add("The child process (pid " + child + ") printed nothing: its target function should "
                    + "print something.");
        }
        problems.addAll(ExerciseJudge.childEndings(facts, children));
        if (!problems.isEmpty()) {
            return Verdict.fail(problems);
        }
        return Verdict.pass("Well done: the child process (pid " + child + ") printed \""
                + printed.get(0).text() + "\", and the main program (pid " + facts.mainPid()
                + ") waited for it to finish.");
    }
}
