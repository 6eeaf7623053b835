package processlab.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import processlab.lesson.ExerciseCheck;
import processlab.recording.Recording;

/**
 * Judges a finished run of a student's exercise by what happened (processes, parents, exit codes, output,
 * tasks), never by the source text: code that looks right but does not do it fails, and any code that does it
 * passes.
 */
public final class ExerciseJudge {

    private ExerciseJudge() {}

    /**
     * @param scriptName the file name the student's code ran as, to find the line of an error in a traceback
     */
    public static Verdict judge(ExerciseCheck check, Recording recording, String scriptName) {
        RunFacts facts = new RunFacts(recording);
        Optional<Verdict> broken = programProblem(facts, scriptName);
        if (broken.isPresent()) {
            return broken.get();
        }
        return switch (check) {
            case CREATE_PROCESS -> CreateProcessCheck.judge(facts);
            case FOUR_PROCESSES -> FourProcessesCheck.judge(facts);
            case POOL_MAP -> PoolMapCheck.judge(facts);
        };
    }

    /** A program that did not start, crashed or was stopped is judged no further: say why first. */
    private static Optional<Verdict> programProblem(RunFacts facts, String scriptName) {
        if (facts.main().isEmpty()) {
            List<String> problems = new ArrayList<>();
            problems.add("Your program did not start: no process was seen.");
            problems.addAll(facts.notices());
            return Optional.of(Verdict.fail(problems));
        }
        List<PythonError> errors = Tracebacks.find(facts.output(), scriptName);
        if (!errors.isEmpty()) {
            List<String> problems = new ArrayList<>();
            for (PythonError error : errors) {
                String who = error.pid() == facts.mainPid() ? "Your program" : "Child process " + error.pid();
                String where = error.hasLine() ? " on line " + error.line() : "";
                problems.add(who + " stopped with an error" + where + ": " + error.summary());
            }
            return Optional.of(Verdict.fail(problems));
        }
        OptionalInt exit = facts.exitCode(facts.mainPid());
        if (exit.isPresent() && exit.getAsInt() < 0) {
            return Optional.of(Verdict.fail("Your program was stopped (signal " + -exit.getAsInt()
                    + ") before it finished, so it could not be checked. Did it run too long?"));
        }
        if (exit.isPresent() && exit.getAsInt() != 0) {
            return Optional.of(Verdict.fail("Your program ended with exit code " + exit.getAsInt() + " instead of 0."));
        }
        return Optional.empty();
    }

    /** Problems with children that did not end well or outlived the main program, for the checks to share. */
    static List<String> childEndings(RunFacts facts, List<Long> children) {
        List<String> problems = new ArrayList<>();
        List<Long> outlived = new ArrayList<>();
        for (long child : children) {
            OptionalInt exit = facts.exitCode(child);
            if (exit.isPresent() && exit.getAsInt() < 0) {
                problems.add("Child process " + child + " was killed (signal " + -exit.getAsInt()
                        + ") before it finished: the main program did not wait for it. Call join() on it.");
            } else if (exit.isPresent() && exit.getAsInt() != 0) {
                problems.add("Child process " + child + " ended with exit code " + exit.getAsInt() + " instead of 0.");
            } else {
                long end = facts.endOf(child);
                long mainEnd = facts.mainEnd();
                if (end < 0 || (mainEnd >= 0 && end > mainEnd)) {
                    outlived.add(child);
                }
            }
        }
        if (!outlived.isEmpty()) {
            problems.add("The main program ended before " + plural(outlived.size(), "child process", "child processes")
                    + " " + pids(outlived) + " finished: call join() on "
                    + (outlived.size() == 1 && children.size() == 1 ? "it" : "every process")
                    + " before the program ends.");
        }
        return problems;
    }

    static String plural(int count, String one, String many) {
        return count == 1 ? one : many;
    }

    static String pids(List<Long> pids) {
        List<String> names = pids.stream().map(String::valueOf).toList();
        return names.size() == 1 ? "(pid " + names.get(0) + ")" : "(pids " + String.join(", ", names) + ")";
    }
}
