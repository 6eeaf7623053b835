package processlab.trace;

import static processlab.trace.TraceFormat.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import processlab.recording.CoreLoadSample;
import processlab.recording.CpuSample;
import processlab.recording.Recording;
import processlab.recording.ThreadTrack;

/** Builds a {@link Recording} from the events of a trace file (the second half of {@link ChromeTraceReader}). */
final class TraceRebuilder {

    private final List<TraceEvent> events;
    private final Map<String, Object> otherData;
    private final List<String> notices;
    private final String defaultLabel;

    TraceRebuilder(List<TraceEvent> events, Map<String, Object> otherData, List<String> notices, String defaultLabel) {
        this.events = events;
        this.otherData = otherData;
        this.notices = notices;
        this.defaultLabel = defaultLabel;
    }

    Recording build() {
        List<TraceEvent> slices = new ArrayList<>();
        List<TraceEvent> counters = new ArrayList<>();
        Map<Long, TraceEvent> processNames = new LinkedHashMap<>();
        Map<Long, TraceEvent> threadNames = new LinkedHashMap<>();
        Map<Long, Long> earliestByPid = new HashMap<>();
        int cores = 0;
        boolean anyCore = false;
        for (TraceEvent e : events) {
            switch (e.phase()) {
                case "M" -> {
                    if (PROCESS_NAME.equals(e.name()) && !isMachine(e)) {
                        processNames.put(e.pid(), e);
                    } else if (THREAD_NAME.equals(e.name())) {
                        threadNames.put(e.tid(), e);
                    }
                }
                case "X" -> {
                    if (CAT_CPU.equals(e.category())) {
                        slices.add(e);
                        Number core = e.numberArg(ARG_CORE);
                        if (core != null) {
                            anyCore = true;
                            cores = Math.max(cores, core.intValue() + 1);
                        }
                    }
                    earliestByPid.merge(e.pid(), e.tsNs(), Math::min);
                }
                case "C" -> {
                    if (CORE_LOAD.equals(e.name())) {
                        counters.add(e);
                        cores = Math.max(cores, coreSeries(e).length);
                    }
                }
                default -> {}
            }
        }
        String label = otherData.get(DATA_LABEL) instanceof String s ? s : defaultLabel;
        int coreCount = otherData.get(DATA_CORES) instanceof Number n ? n.intValue() : Math.max(1, cores);
        boolean coresKnown = otherData.get(DATA_CORES_KNOWN) instanceof Boolean b ? b : anyCore;
        Recording recording = new Recording(label, 0, coreCount, coresKnown, Recording.DEFAULT_OUTPUT_CAP);

        addProcesses(recording, processNames, earliestByPid);
        long traceEnd = otherData.get(DATA_END) instanceof Number n ? nanos(n.doubleValue()) : -1;
        addThreads(recording, threadNames, slices, exitTimes(events), traceEnd);
        addCoreLoad(recording, counters);
        for (TraceEvent e : events) {
            if ("X".equals(e.phase()) && CAT_TASK.equals(e.category())) {
                String task = e.stringArg(ARG_TASK, e.name());
                recording.taskStarted(e.pid(), e.tid(), task, e.stringArg(ARG_LABEL, ""), e.tsNs());
                recording.taskEnded(e.pid(), e.tid(), task, e.endNs());
            } else if ("i".equals(e.phase()) && EXIT.equals(e.name())) {
                Number code = e.numberArg(ARG_CODE);
                recording.processEnded(
                        e.pid(), e.tsNs(), code == null ? OptionalInt.empty() : OptionalInt.of(code.intValue()));
            }
        }
        notices.forEach(recording::addNotice);
        long end = otherData.get(DATA_END) instanceof Number n
                ? nanos(n.doubleValue())
                : RunSummary.latestTimeNs(recording);
        recording.finish(end);
        return recording;
    }

    private static boolean isMachine(TraceEvent e) {
        return e.pid() == MACHINE_PID && MACHINE_NAME.equals(e.stringArg(ARG_NAME, ""));
    }

    private void addProcesses(Recording recording, Map<Long, TraceEvent> names, Map<Long, Long> earliest) {
        for (TraceEvent e : names.values()) {
            Number start = e.numberArg(ARG_START);
            Number parent = e.numberArg(ARG_PARENT);
            long startNs = start != null ? nanos(start.doubleValue()) : earliest.getOrDefault(e.pid(), 0L);
            recording.processStarted(
                    e.pid(),
                    parent == null ? 0 : parent.longValue(),
                    e.stringArg(ARG_COMMAND, e.stringArg(ARG_NAME, "")),
                    startNs);
            String role = e.stringArg(ARG_ROLE, "");
            if (!role.isEmpty()) {
                recording.setProcessRole(e.pid(), role);
            }
        }
        // Processes with events but no name event (a trace from another tool).
        for (Map.Entry<Long, Long> entry : earliest.entrySet()) {
            if (!names.containsKey(entry.getKey()) && entry.getKey() != MACHINE_PID) {
                recording.processStarted(entry.getKey(), 0, "pid " + entry.getKey(), entry.getValue());
            }
        }
    }

    /**
     * Threads and their on-CPU slices. A trace holds only the time on a CPU; between its slices, and from its
     * start to when it was last seen, a thread existed and waited, so those stretches come back as samples with
     * no CPU time, and {@code render} draws them as the app does: a thin waiting line.
     */
    private void addThreads(
            Recording recording,
            Map<Long, TraceEvent> names,
            List<TraceEvent> slices,
            Map<Long, Long> exitByPid,
            long traceEnd) {
        Map<Long, ThreadTrack> tracks = new LinkedHashMap<>();
        Map<Long, Long> shownUntil = new HashMap<>();
        Map<Long, Long> lastSeenByTid = new HashMap<>();
        for (TraceEvent e : names.values()) {
            Number start = e.numberArg(ARG_START);
            long startNs = start != null ? nanos(start.doubleValue()) : 0;
            ThreadTrack track = recording.thread(e.pid(), e.tid(), e.stringArg(ARG_NAME, ""), startNs);
            track.setRole(e.stringArg(ARG_ROLE, ""));
            tracks.put(e.tid(), track);
            if (start != null) {
                shownUntil.put(e.tid(), startNs);
            }
            Number lastSeen = e.numberArg(ARG_LAST_SEEN);
            if (lastSeen != null) {
                lastSeenByTid.put(e.tid(), nanos(lastSeen.doubleValue()));
            }
        }
        slices.sort(Comparator.comparingDouble(TraceEvent::ts));
        for (TraceEvent e : slices) {
            ThreadTrack track = tracks.computeIfAbsent(e.tid(), tid -> recording.thread(e.pid(), tid, "", e.tsNs()));
            Number core = e.numberArg(ARG_CORE);
            long start = e.tsNs();
            long end = e.endNs();
            waited(recording, track, shownUntil.getOrDefault(e.tid(), start), start);
            recording.addCpuSample(
                    track,
                    new CpuSample(
                            start, end, end - start, core == null ? CpuSample.UNKNOWN_CORE : core.intValue(), 'R'));
            shownUntil.merge(e.tid(), end, Math::max);
        }
        for (ThreadTrack track : tracks.values()) {
            Long from = shownUntil.get(track.tid());
            if (from == null) {
                continue; // neither a start nor a slice: nothing known of its life
            }
            // How long it lived: as the trace says, else a main thread lives as long as its process, and another
            // thread is not assumed to outlive its last slice.
            long until = lastSeenByTid.getOrDefault(
                    track.tid(), track.tid() == track.pid() ? exitByPid.getOrDefault(track.pid(), traceEnd) : from);
            waited(recording, track, from, until);
        }
    }

    private static void waited(Recording recording, ThreadTrack track, long from, long to) {
        if (to > from) {
            recording.addCpuSample(track, new CpuSample(from, to, 0, CpuSample.UNKNOWN_CORE, 'S'));
        }
    }

    private static Map<Long, Long> exitTimes(List<TraceEvent> events) {
        Map<Long, Long> exits = new HashMap<>();
        for (TraceEvent e : events) {
            if ("i".equals(e.phase()) && EXIT.equals(e.name())) {
                exits.merge(e.pid(), e.tsNs(), Math::min);
            }
        }
        return exits;
    }

    /** Undoes {@link ChromeTrace}'s shift: each value holds until the next event; the last marks the end. */
    private static void addCoreLoad(Recording recording, List<TraceEvent> counters) {
        counters.sort(Comparator.comparingDouble(TraceEvent::ts));
        if (counters.size() == 1) {
            recording.addCoreLoad(new CoreLoadSample(counters.get(0).tsNs(), coreSeries(counters.get(0))));
        }
        for (int i = 0; i + 1 < counters.size(); i++) {
            recording.addCoreLoad(new CoreLoadSample(counters.get(i + 1).tsNs(), coreSeries(counters.get(i))));
        }
    }

    /** The {@code cpuN} series of a counter event, as an array indexed by core. */
    private static double[] coreSeries(TraceEvent e) {
        int cores = 0;
        for (String key : e.args().keySet()) {
            int core = coreOf(key);
            cores = Math.max(cores, core + 1);
        }
        double[] load = new double[cores];
        for (Map.Entry<String, Object> entry : e.args().entrySet()) {
            int core = coreOf(entry.getKey());
            if (core >= 0 && entry.getValue() instanceof Number n) {
                load[core] = n.doubleValue();
            }
        }
        return load;
    }

    private static int coreOf(String key) {
        if (!key.startsWith(CORE_SERIES_PREFIX) || key.length() == CORE_SERIES_PREFIX.length()) {
            return -1;
        }
        try {
            int core = Integer.parseInt(key.substring(CORE_SERIES_PREFIX.length()));
            return core >= 0 && core < 4096 ? core : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
