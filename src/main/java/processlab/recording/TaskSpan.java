package processlab.recording;

/**
 * One task that an instrumented worker ran: a {@code Process} target, a pool task, or a built-in workload
 * task. Times are ns since the run began; {@code endNs} is -1 while it runs.
 *
 * @param task  the task's number or name as the worker reported it (e.g. {@code 3}, {@code Process-2})
 * @param label what kind of task it was ({@code process}, {@code pool}, {@code thread}, {@code java})
 */
public record TaskSpan(long pid, long tid, String task, String label, long startNs, long endNs) {

    public boolean isRunning() {
        return endNs < 0;
    }

    TaskSpan ended(long atNs) {
        return new TaskSpan(pid, tid, task, label, startNs, atNs);
    }
}
