package processlab.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import processlab.recording.OutputLine;

/**
 * four-processes: four child processes of the main program, each printing a different number once, all of
 * them ended before the main program.
 */
final class FourProcessesCheck {

    static final int NEEDED = 4;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");

    private FourProcessesCheck() {}

    static Verdict judge(RunFacts facts) {
        List<Long> children = facts.children();
        if (children.isEmpty()) {
            return Verdict.fail("No child process ran; the exercise needs " + NEEDED + ". Create them with "
                    + "multiprocessing.Process(target=..., args=(n,)) and call start() on each.");
        }
        if (children.size() < NEEDED) {
            return Verdict.fail("Only " + children.size() + " child "
                    + ExerciseJudge.plural(children.size(), "process", "processes") + " ran; the exercise needs "
                    + NEEDED + ".");
        }
        if (children.size() > NEEDED) {
            return Verdict.fail(children.size() + " child processes ran; the exercise needs exactly " + NEEDED + ".");
        }
        List<String> problems = new ArrayList<>();
        Map<Long, List<Long>> numbersByChild = new LinkedHashMap<>();
        List<Long> silent = new ArrayList<>();
        List<Long> withoutNumber = new ArrayList<>();
        for (long child : children) {
            List<OutputLine> printed = facts.stdoutOf(child);
            List<Long> numbers = numbersIn(printed, child, facts.mainPid());
            if (printed.isEmpty()) {
                silent.add(child);
            } else if (numbers.isEmpty()) {
                withoutNumber.add(child);
            }
            numbersByChild.put(child, numbers);
        }
        if (!silent.isEmpty()) {
            problems.add(silent.size() + " child " + ExerciseJudge.plural(silent.size(), "process", "processes")
                    + " printed nothing " + ExerciseJudge.pids(silent) + "; each child should print its number.");
        }
        if (!withoutNumber.isEmpty()) {
            problems.add(withoutNumber.size() + " child "
                    + ExerciseJudge.plural(withoutNumber.size(), "process", "processes") + " printed no number "
                    + ExerciseJudge.pids(withoutNumber) + "; each child should print its number.");
        }
        problems.addAll(repeatedNumbers(numbersByChild));
        problems.addAll(ExerciseJudge.childEndings(facts, children));
        if (!problems.isEmpty()) {
            return Verdict.fail(problems);
        }
        TreeSet<Long> all = new TreeSet<>();
        numbersByChild.values().forEach(all::addAll);
        return Verdict.pass("Well done: " + NEEDED + " child processes " + ExerciseJudge.pids(children) + " printed "
                + all + " — a different number each — and the main program waited for all of them.");
    }

    /** Each number may be printed once in all the children's output. */
    private static List<String> repeatedNumbers(Map<Long, List<Long>> numbersByChild) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        numbersByChild.values().forEach(numbers -> numbers.forEach(n -> counts.merge(n, 1, Integer::sum)));
        List<String> problems = new ArrayList<>();
        counts.forEach((number, count) -> {
            if (count > 1) {
                problems.add("The number " + number + " was printed " + count + " times; each child should print "
                        + "a different number, once.");
            }
        });
        return problems;
    }

    /** The numbers a child printed, leaving out pids (students often print os.getpid() beside the number). */
    private static List<Long> numbersIn(List<OutputLine> printed, long pid, long parentPid) {
        List<Long> numbers = new ArrayList<>();
        for (OutputLine line : printed) {
            Matcher matcher = NUMBER.matcher(line.text());
            while (matcher.find()) {
                try {
                    long number = Long.parseLong(matcher.group());
                    if (number != pid && number != parentPid) {
                        numbers.add(number);
                    }
                } catch (NumberFormatException tooLong) {
                    // a digit string longer than a long is not a number a student meant to count
                }
            }
        }
        return numbers;
    }
}
