package processlab.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import processlab.recording.AppendLog;
import processlab.recording.CpuSample;
import processlab.recording.ProcessInfo;
import processlab.recording.Recording;
import processlab.recording.TaskSpan;
import processlab.recording.ThreadTrack;

/**
 * Turns a Recording, a time window and a size into a {@link TimelineFrame}: one lane per thread under a header
 * per process, CPU blocks coloured by core, waits, task bars and process marks. Pure: no toolkit, so the app's
 * canvas and the headless {@code render} command draw exactly the same picture.
 *
 * <p>Samples narrower than a pixel are merged (same core, contiguous), so the work per frame grows with the
 * width of the screen, not with the length of the run.
 */
public final class TimelineLayout {

    public static final double AXIS_HEIGHT = 34;
    public static final double LEGEND_HEIGHT = 36;
    public static final double HEADER_HEIGHT = 28;
    /** Share of a lane's height used by CPU blocks; the rest holds task bars. */
    public static final double CPU_SHARE = 0.5;
    /** Below this share of an interval on the CPU, a thread counts as waiting. */
    static final double WAITING_BELOW = 0.02;
    /** A header names a process without a role by at most this much of its command line. */
    private static final int MAX_COMMAND = 32;

    private TimelineLayout() {}

    /** The lane names' column: room for "thread 21442" and "python3.14t · tid 21442" at their sizes. */
    public static double gutterWidth(double width) {
        return Math.min(320, Math.max(170, width * 0.3));
    }

    /** How many process headers and thread lanes a timeline of a recording shows. */
    public record Shown(int processes, int lanes) {

        /** The height of all headers and lanes at a lane height. */
        public double contentHeight(double laneHeight) {
            return processes * HEADER_HEIGHT + lanes * laneHeight;
        }
    }

    public static Shown countShown(Recording recording, TimelineOptions options) {
        Map<Long, ProcessInfo> processes = new LinkedHashMap<>();
        for (ProcessInfo process : recording.processes()) {
            processes.put(process.pid(), process);
        }
        Set<Long> pids = new HashSet<>(processes.keySet());
        int lanes = 0;
        AppendLog<ThreadTrack> threads = recording.threads();
        for (int i = 0, n = threads.size(); i < n; i++) {
            ThreadTrack thread = threads.get(i);
            if (options.showAllThreads() || ThreadFilter.isShownByDefault(thread, processes.get(thread.pid()))) {
                lanes++;
                pids.add(thread.pid());
            }
        }
        return new Shown(pids.size(), lanes);
    }

    /**
     * The lane height that fits every shown lane into {@code plotHeight}, between the minimum and the default
     * lane height: few lanes get roomy lanes, many lanes get thin ones and scroll past the minimum.
     */
    public static double fittingLaneHeight(Recording recording, double plotHeight, TimelineOptions options) {
        return fittingLaneHeight(countShown(recording, options), plotHeight);
    }

    /** The same, for lanes already counted. */
    public static double fittingLaneHeight(Shown shown, double plotHeight) {
        if (shown.lanes() == 0) {
            return TimelineOptions.DEFAULT_LANE_HEIGHT;
        }
        double room = (plotHeight - shown.processes() * HEADER_HEIGHT) / shown.lanes();
        return Math.max(TimelineOptions.MIN_LANE_HEIGHT, Math.min(TimelineOptions.DEFAULT_LANE_HEIGHT, room));
    }

    public static TimelineFrame layout(
            Recording recording, TimeWindow window, double width, double height, TimelineOptions options) {
        double plotLeft = gutterWidth(width);
        double plotWidth = Math.max(1, width - plotLeft);
        double plotTop = AXIS_HEIGHT;
        double plotBottom = height - (options.showLegend() ? LEGEND_HEIGHT : 0);

        Map<Long, ProcessInfo> processes = new LinkedHashMap<>();
        for (ProcessInfo process : recording.processes()) {
            processes.put(process.pid(), process);
        }
        Map<Long, List<ThreadTrack>> threadsByPid = new LinkedHashMap<>();
        for (ProcessInfo process : processes.values()) {
            threadsByPid.put(process.pid(), new ArrayList<>());
        }
        AppendLog<ThreadTrack> threads = recording.threads();
        for (int i = 0, n = threads.size(); i < n; i++) {
            ThreadTrack thread = threads.get(i);
            ProcessInfo process = processes.get(thread.pid());
            if (options.showAllThreads() || ThreadFilter.isShownByDefault(thread, process)) {
                threadsByPid
                        .computeIfAbsent(thread.pid(), pid -> new ArrayList<>())
                        .add(thread);
            }
        }
        Map<Long, List<TaskSpan>> tasksByTid = new LinkedHashMap<>();
        for (TaskSpan task : recording.tasks()) {
            tasksByTid.computeIfAbsent(task.tid(), tid -> new ArrayList<>()).add(task);
        }

        long now = recording.isFinished() ? recording.endNs() : recording.now();
        List<TimelineFrame.ProcessHeader> headers = new ArrayList<>();
        List<TimelineFrame.Lane> lanes = new ArrayList<>();
        boolean unknownCoreSeen = !recording.threadCoresKnown();
        int shownLanes = threadsByPid.values().stream().mapToInt(List::size).sum();
        boolean leavingOut = options.leaveOutOverflow()
                && threadsByPid.size() * HEADER_HEIGHT + shownLanes * options.laneHeight() > plotBottom - plotTop;
        // Room is kept for the row that says what was left out.
        double lastY = leavingOut ? plotBottom - HEADER_HEIGHT : Double.POSITIVE_INFINITY;
        double y = plotTop - (leavingOut ? 0 : options.scrollY());
        int headersLaidOut = 0;
        for (Map.Entry<Long, List<ThreadTrack>> group : threadsByPid.entrySet()) {
            List<ThreadTrack> groupThreads = group.getValue();
            double firstRow = HEADER_HEIGHT + (groupThreads.isEmpty() ? 0 : options.laneHeight());
            if (y + firstRow > lastY) {
                break;
            }
            ProcessInfo process = processes.get(group.getKey());
            double headerY = y;
            y += HEADER_HEIGHT;
            Set<String> mainThreadNames = mainThreadNames(groupThreads);
            for (ThreadTrack thread : groupThreads) {
                if (y + options.laneHeight() > lastY) {
                    break;
                }
                LaneBuilder builder = new LaneBuilder(window, plotLeft, plotWidth);
                builder.addSamples(thread.samples());
                unknownCoreSeen |= builder.unknownCoreSeen;
                List<TimelineFrame.TaskBar> bars =
                        taskBars(tasksByTid.getOrDefault(thread.tid(), List.of()), window, plotLeft, plotWidth, now);
                lanes.add(new TimelineFrame.Lane(
                        thread.pid(),
                        processName(process),
                        thread.tid(),
                        thread.name(),
                        y,
                        options.laneHeight(),
                        laneLabel(thread, mainThreadNames),
                        laneDetail(thread),
                        builder.blocks,
                        builder.waits,
                        bars));
                y += options.laneHeight();
            }
            headers.add(header(group.getKey(), process, headerY, y, window, plotLeft, plotWidth));
            headersLaidOut++;
        }
        TimelineFrame.LeftOut leftOut = leavingOut
                ? new TimelineFrame.LeftOut(
                        shownLanes - lanes.size(), threadsByPid.size() - headersLaidOut, y, HEADER_HEIGHT)
                : TimelineFrame.LeftOut.NONE;
        double contentHeight = leavingOut ? plotBottom - plotTop : y + options.scrollY() - plotTop;
        return new TimelineFrame(
                width,
                height,
                plotLeft,
                plotTop,
                plotBottom,
                window,
                AxisTicks.ticks(window, plotLeft, plotWidth),
                headers,
                lanes,
                legend(recording, unknownCoreSeen),
                unknownCoreSeen ? "core not measurable on this OS" : "",
                contentHeight,
                options.title(),
                leftOut);
    }

    /** The names main threads have in a process (looked up once, not once per lane: a process may have 200,000). */
    private static Set<String> mainThreadNames(List<ThreadTrack> threads) {
        Set<String> names = new HashSet<>();
        for (ThreadTrack thread : threads) {
            if (thread.isMainThread()) {
                names.add(thread.name());
            }
        }
        return names;
    }

    /**
     * What a lane is called. CPython before 3.14 leaves every thread with the program's name ("python3"), so
     * such threads are told apart by "main thread" and their tid rather than by a name repeated on every lane.
     */
    private static String laneLabel(ThreadTrack thread, Set<String> mainThreadNames) {
        if (!thread.role().isEmpty()) {
            return thread.role();
        }
        if (thread.isMainThread() || ThreadFilter.isJavaMainThread(thread)) {
            return "main thread";
        }
        return mainThreadNames.contains(thread.name()) ? "thread " + thread.tid() : thread.name();
    }

    private static String laneDetail(ThreadTrack thread) {
        return thread.name() + " · tid " + thread.tid();
    }

    /**
     * The header names the process first (its role, else its program), then its pid and exit code: "pool worker
     * 2 · pid 21442 · exit 0". It is drawn across the whole row, so the name needs no room of its own in the gutter.
     */
    private static TimelineFrame.ProcessHeader header(
            long pid, ProcessInfo process, double y, double groupBottom, TimeWindow window, double left, double width) {
        List<TimelineFrame.Mark> marks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean failed = false;
        if (process != null) {
            String name = processName(process);
            if (!name.isEmpty()) {
                text.append(name).append(" · ");
            }
        }
        text.append("pid ").append(pid);
        if (process != null) {
            marks.add(new TimelineFrame.Mark(
                    window.toX(process.startNs(), left, width), "start", TimelineFrame.MarkKind.START));
            if (!process.isAlive()) {
                double x = window.toX(process.endNs(), left, width);
                if (process.exitCode().isPresent()) {
                    int code = process.exitCode().getAsInt();
                    failed = code != 0;
                    text.append(" · exit ").append(code);
                    marks.add(new TimelineFrame.Mark(
                            x,
                            "exit " + code,
                            failed ? TimelineFrame.MarkKind.EXIT_FAILED : TimelineFrame.MarkKind.EXIT_OK));
                } else {
                    marks.add(new TimelineFrame.Mark(x, "ended", TimelineFrame.MarkKind.EXIT_UNKNOWN));
                }
            }
        }
        return new TimelineFrame.ProcessHeader(pid, y, HEADER_HEIGHT, groupBottom, text.toString(), failed, marks);
    }

    /** What a process is called on its header and in a lane's tooltip: its role, else its command, shortened. */
    private static String processName(ProcessInfo process) {
        if (process == null) {
            return "";
        }
        return process.role().isEmpty() ? shortCommand(process.command()) : process.role();
    }

    /** The program and the start of its arguments: "python3 demo.py", not "/usr/bin/python3 demo.py --size …". */
    private static String shortCommand(String command) {
        String trimmed = command.trim();
        String program = trimmed.split("\\s+", 2)[0];
        int slash = program.lastIndexOf('/');
        String rest = trimmed.substring(program.length()).trim();
        String shortened = program.substring(slash + 1) + (rest.isEmpty() ? "" : " " + rest);
        return shortened.length() > MAX_COMMAND ? shortened.substring(0, MAX_COMMAND - 1) + "…" : shortened;
    }

    private static List<TimelineFrame.TaskBar> taskBars(
            List<TaskSpan> tasks, TimeWindow window, double left, double width, long now) {
        List<TimelineFrame.TaskBar> bars = new ArrayList<>();
        for (TaskSpan task : tasks) {
            long end = task.isRunning() ? now : task.endNs();
            if (end < window.startNs() || task.startNs() > window.endNs()) {
                continue;
            }
            String text = isNumber(task.task()) ? "task " + task.task() : task.task();
            bars.add(new TimelineFrame.TaskBar(
                    clampX(window.toX(task.startNs(), left, width), left, width),
                    clampX(window.toX(end, left, width), left, width),
                    task.startNs(),
                    end,
                    text,
                    task.isRunning()));
        }
        return bars;
    }

    private static boolean isNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static double clampX(double x, double left, double width) {
        return Math.max(left - 2, Math.min(left + width + 2, x));
    }

    private static List<TimelineFrame.LegendEntry> legend(Recording recording, boolean unknownCoreSeen) {
        List<TimelineFrame.LegendEntry> legend = new ArrayList<>();
        if (recording.threadCoresKnown()) {
            int shown = Math.min(recording.coreCount(), 16);
            for (int core = 0; core < shown; core++) {
                legend.add(new TimelineFrame.LegendEntry(
                        TimelineFrame.LegendKind.CORE, CorePalette.colorOf(core), "core " + core));
            }
        }
        if (unknownCoreSeen) {
            legend.add(new TimelineFrame.LegendEntry(
                    TimelineFrame.LegendKind.CORE, CorePalette.colorOf(CpuSample.UNKNOWN_CORE), "core unknown"));
        }
        // The drawing takes these two from its own palette; the colours here are the light ones, for reference.
        legend.add(new TimelineFrame.LegendEntry(
                TimelineFrame.LegendKind.WAITING, ChartPalette.LIGHT.waiting(), "waiting"));
        legend.add(new TimelineFrame.LegendEntry(TimelineFrame.LegendKind.TASK, ChartPalette.LIGHT.taskFill(), "task"));
        return legend;
    }
}
