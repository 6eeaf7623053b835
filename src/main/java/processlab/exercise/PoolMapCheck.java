package processlab.exercise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import processlab.recording.OutputLine;
import processlab.recording.TaskSpan;

/** pool-map: a pool's worker processes ran the tasks (on at least two workers) and the results were printed. */
final class PoolMapCheck {

    static final String POOL_LABEL = "pool";
    static final int MIN_WORKERS = 2;

    private PoolMapCheck() {}

    static Verdict judge(RunFacts facts) {
        List<TaskSpan> poolTasks =
                facts.tasks().stream().filter(t -> POOL_LABEL.equals(t.label())).toList();
        if (poolTasks.isEmpty()) {
            return Verdict.fail("No pool worker ran a task. Create a multiprocessing.Pool and call "
                    + "pool.map(function, inputs).");
        }
        Set<Long> workers = new LinkedHashSet<>();
        for (TaskSpan task : poolTasks) {
            if (task.pid() != facts.mainPid()) {
                workers.add(task.pid());
            }
        }
        if (workers.isEmpty()) {
            return Verdict.fail("The tasks ran inside the main process (threads, not processes). Use "
                    + "multiprocessing.Pool, whose workers are separate processes.");
        }
        List<String> problems = new ArrayList<>();
        if (workers.size() < MIN_WORKERS) {
            problems.add("Only one worker process (pid " + workers.iterator().next() + ") ran tasks; the exercise "
                    + "needs the work shared by at least " + MIN_WORKERS + ". Use Pool(" + MIN_WORKERS
                    + ") or more and map over several inputs, e.g. range(10).");
        }
        List<OutputLine> printed = facts.stdoutOf(facts.mainPid());
        if (printed.isEmpty()) {
            problems.add("The main program printed nothing: print the results that pool.map returns.");
        }
        if (!problems.isEmpty()) {
            return Verdict.fail(problems);
        }
        return Verdict.pass("Well done: " + poolTasks.size() + " tasks ran in " + workers.size()
                + " worker processes " + ExerciseJudge.pids(List.copyOf(workers))
                + ", and the main program printed the results: "
                + printed.get(printed.size() - 1).text());
    }
}
