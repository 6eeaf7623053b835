package processlab.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import processlab.recording.OutputLine;
import processlab.recording.ProcessInfo;
import processlab.recording.Recording;
import processlab.recording.TaskSpan;

/**
 * The facts of a finished run that the checks judge by: which process was the student's main program, which
 * processes it started, who printed what, what each task ran on, and when each process ended.
 *
 * <p>Processes are known from two witnesses: the OS observer (parent pid, exit code) and the instrumentation
 * (task spans, pid-tagged output). A child too short-lived for the observer to see still counts when the
 * instrumentation reported it.
 */
final class RunFacts {

    private final Recording recording;
    private final Map<Long, ProcessInfo> processes = new LinkedHashMap<>();
    private final Map<Long, List<OutputLine>> outputByPid = new LinkedHashMap<>();
    private final List<OutputLine> output;
    private final List<TaskSpan> tasks;
    private final ProcessInfo main;

    RunFacts(Recording recording) {
        this.recording = recording;
        for (ProcessInfo info : recording.processes()) {
            processes.put(info.pid(), info);
        }
        this.output = recording.outputAfter(-1);
        for (OutputLine line : output) {
            outputByPid.computeIfAbsent(line.pid(), pid -> new ArrayList<>()).add(line);
        }
        this.tasks = recording.tasks();
        this.main = processes.values().stream()
                .filter(p -> !processes.containsKey(p.parentPid()))
                .findFirst()
                .orElse(null);
    }

    Optional<ProcessInfo> main() {
        return Optional.ofNullable(main);
    }

    long mainPid() {
        return main == null ? -1 : main.pid();
    }

    /**
     * The processes the main program started itself, in order of appearance: direct children seen by the OS
     * observer, and pids the instrumentation reported (through a task span or output) that the observer missed.
     * Helper processes that neither ran a task nor printed (a resource tracker, a fork server) are left out.
     */
    List<Long> children() {
        Set<Long> pids = new LinkedHashSet<>();
        for (ProcessInfo info : processes.values()) {
            if (info.parentPid() == mainPid() && info.pid() != mainPid() && didSomething(info.pid())) {
                pids.add(info.pid());
            }
        }
        for (TaskSpan span : tasks) {
            if (isUnseenChild(span.pid())) {
                pids.add(span.pid());
            }
        }
        for (OutputLine line : output) {
            if (isUnseenChild(line.pid())) {
                pids.add(line.pid());
            }
        }
        return List.copyOf(pids);
    }

    private boolean isUnseenChild(long pid) {
        return pid != mainPid() && !processes.containsKey(pid);
    }

    private boolean didSomething(long pid) {
        return outputByPid.containsKey(pid) || tasks.stream().anyMatch(t -> t.pid() == pid);
    }

    List<OutputLine> outputOf(long pid) {
        return outputByPid.getOrDefault(pid, List.of());
    }

    List<OutputLine> stdoutOf(long pid) {
        return outputOf(pid).stream().filter(line -> !line.stderr()).toList();
    }

    List<OutputLine> output() {
        return output;
    }

    List<TaskSpan> tasks() {
        return tasks;
    }

    OptionalInt exitCode(long pid) {
        ProcessInfo info = processes.get(pid);
        return info == null ? OptionalInt.empty() : info.exitCode();
    }

    /** When the process ended as the observer saw it, else when its last task ended, else -1 (unknown). */
    long endOf(long pid) {
        ProcessInfo info = processes.get(pid);
        if (info != null && info.endNs() >= 0) {
            return info.endNs();
        }
        return tasks.stream()
                .filter(t -> t.pid() == pid && t.endNs() >= 0)
                .mapToLong(TaskSpan::endNs)
                .max()
                .orElse(-1);
    }

    /** When the main program ended; the run's end if the observer did not see it end. */
    long mainEnd() {
        long end = main == null ? -1 : main.endNs();
        return end >= 0 ? end : recording.endNs();
    }

    List<String> notices() {
        return recording.notices();
    }
}
