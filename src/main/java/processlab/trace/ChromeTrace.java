package processlab.trace;

import static processlab.trace.TraceFormat.*;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import processlab.recording.CoreLoadSample;
import processlab.recording.CpuSample;
import processlab.recording.ProcessInfo;
import processlab.recording.Recording;
import processlab.recording.TaskSpan;
import processlab.recording.ThreadTrack;

/**
 * Writes a {@link Recording} as Chrome Trace Event JSON (opens in Perfetto and chrome://tracing), exactly as
 * DESIGN.md section 4 fixes it: {@code {"traceEvents":[…]}} with times in µs; process and thread names as
 * {@code M} events; on-CPU stretches as {@code X} slices, {@code "cat":"cpu"}, {@code args.core} (absent
 * where the OS does not tell the core); tasks as {@code X} slices, {@code "cat":"task"}, {@code args.task};
 * per-core load as one {@code C} counter with a series per core; each process end as an {@code i} event named
 * {@code exit} with {@code args.code} (negative = killed by that signal; null = not known).
 *
 * <p>Streams: the file is written event by event, never built in memory.
 */
public final class ChromeTrace {

    private static final JsonFactory JSON = new JsonFactory();

    private ChromeTrace() {}

    public static void write(Recording recording, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(recording, out);
        }
    }

    /** Writes the trace; leaves {@code out} open. */
    public static void write(Recording recording, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            long endNs = endOf(recording);
            json.writeStartObject();
            json.writeArrayFieldStart(EVENTS);
            writeNames(recording, json);
            for (ThreadTrack thread : recording.threads()) {
                writeCpuSlices(thread, json);
            }
            for (TaskSpan task : recording.tasks()) {
                writeTask(task, endNs, json);
            }
            writeCoreLoad(recording.coreLoad(), json);
            for (ProcessInfo process : recording.processes()) {
                if (!process.isAlive()) {
                    writeExit(process, json);
                }
            }
            json.writeEndArray();
            writeOtherData(recording, endNs, json);
            json.writeEndObject();
        }
    }

    /** When the run ended, or the latest moment it holds while it still runs. */
    static long endOf(Recording recording) {
        return recording.isFinished() ? recording.endNs() : RunSummary.latestTimeNs(recording);
    }

    private static void writeNames(Recording recording, JsonGenerator json) throws IOException {
        List<ProcessInfo> processes = recording.processes();
        for (int i = 0; i < processes.size(); i++) {
            ProcessInfo process = processes.get(i);
            String display = process.role().isEmpty() ? process.command() : process.role() + ": " + process.command();
            startEvent(json, PROCESS_NAME, null, "M", process.pid(), process.pid());
            json.writeObjectFieldStart("args");
            json.writeStringField(ARG_NAME, display);
            json.writeStringField(ARG_COMMAND, process.command());
            json.writeStringField(ARG_ROLE, process.role());
            json.writeNumberField(ARG_PARENT, process.parentPid());
            json.writeNumberField(ARG_START, micros(process.startNs()));
            json.writeEndObject();
            json.writeEndObject();
            startEvent(json, PROCESS_SORT_INDEX, null, "M", process.pid(), process.pid());
            json.writeObjectFieldStart("args");
            json.writeNumberField("sort_index", i + 1);
            json.writeEndObject();
            json.writeEndObject();
        }
        for (ThreadTrack thread : recording.threads()) {
            startEvent(json, THREAD_NAME, null, "M", thread.pid(), thread.tid());
            json.writeObjectFieldStart("args");
            json.writeStringField(ARG_NAME, thread.name());
            json.writeStringField(ARG_ROLE, thread.role());
            json.writeNumberField(ARG_START, micros(thread.firstSeenNs()));
            int samples = thread.samples().size();
            json.writeNumberField(
                    ARG_LAST_SEEN,
                    micros(
                            samples == 0
                                    ? thread.firstSeenNs()
                                    : thread.samples().get(samples - 1).endNs()));
            json.writeEndObject();
            json.writeEndObject();
        }
        if (!recording.coreLoad().isEmpty()) {
            startEvent(json, PROCESS_NAME, null, "M", MACHINE_PID, MACHINE_PID);
            json.writeObjectFieldStart("args");
            json.writeStringField(ARG_NAME, MACHINE_NAME);
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void writeCpuSlices(ThreadTrack thread, JsonGenerator json) throws IOException {
        for (CpuSlice slice : CpuSlices.of(thread.samples())) {
            boolean coreKnown = slice.core() != CpuSample.UNKNOWN_CORE;
            startEvent(json, coreKnown ? "core " + slice.core() : "on CPU", CAT_CPU, "X", thread.pid(), thread.tid());
            json.writeNumberField("ts", micros(slice.startNs()));
            json.writeNumberField("dur", micros(slice.durationNs()));
            json.writeObjectFieldStart("args");
            if (coreKnown) {
                json.writeNumberField(ARG_CORE, slice.core());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void writeTask(TaskSpan task, long endNs, JsonGenerator json) throws IOException {
        long end = task.isRunning() ? Math.max(task.startNs(), endNs) : task.endNs();
        startEvent(json, "task " + task.task(), CAT_TASK, "X", task.pid(), task.tid());
        json.writeNumberField("ts", micros(task.startNs()));
        json.writeNumberField("dur", micros(end - task.startNs()));
        json.writeObjectFieldStart("args");
        json.writeStringField(ARG_TASK, task.task());
        json.writeStringField(ARG_LABEL, task.label());
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * A sample holds the load of the interval that ENDS at its time, while a counter value holds from its
     * timestamp on: each value is written at its interval's start, and a last all-zero value marks the end.
     */
    private static void writeCoreLoad(List<CoreLoadSample> samples, JsonGenerator json) throws IOException {
        for (int i = 0; i < samples.size(); i++) {
            CoreLoadSample sample = samples.get(i);
            long start = i > 0
                    ? samples.get(i - 1).timeNs()
                    : Math.max(
                            0,
                            sample.timeNs()
                                    - (samples.size() > 1 ? samples.get(1).timeNs() - sample.timeNs() : 0));
            writeCounter(json, start, sample.load(), false);
        }
        if (!samples.isEmpty()) {
            CoreLoadSample last = samples.get(samples.size() - 1);
            writeCounter(json, last.timeNs(), last.load(), true);
        }
    }

    private static void writeCounter(JsonGenerator json, long atNs, double[] load, boolean zero) throws IOException {
        startEvent(json, CORE_LOAD, null, "C", MACHINE_PID, MACHINE_PID);
        json.writeNumberField("ts", micros(atNs));
        json.writeObjectFieldStart("args");
        for (int core = 0; core < load.length; core++) {
            json.writeNumberField(CORE_SERIES_PREFIX + core, zero ? 0.0 : load[core]);
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeExit(ProcessInfo process, JsonGenerator json) throws IOException {
        startEvent(json, EXIT, null, "i", process.pid(), process.pid());
        json.writeNumberField("ts", micros(process.endNs()));
        json.writeStringField("s", "p");
        json.writeObjectFieldStart("args");
        OptionalInt code = process.exitCode();
        if (code.isPresent()) {
            json.writeNumberField(ARG_CODE, code.getAsInt());
        } else {
            json.writeNullField(ARG_CODE);
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeOtherData(Recording recording, long endNs, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(OTHER_DATA);
        json.writeStringField(DATA_GENERATOR, "ProcessLab");
        json.writeStringField(DATA_LABEL, recording.label());
        json.writeNumberField(DATA_CORES, recording.coreCount());
        json.writeBooleanField(DATA_CORES_KNOWN, recording.threadCoresKnown());
        json.writeNumberField(DATA_END, micros(endNs));
        json.writeArrayFieldStart(DATA_NOTICES);
        for (String notice : recording.notices()) {
            json.writeString(notice);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void startEvent(JsonGenerator json, String name, String category, String phase, long pid, long tid)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("name", name);
        if (category != null) {
            json.writeStringField("cat", category);
        }
        json.writeStringField("ph", phase);
        json.writeNumberField("pid", pid);
        json.writeNumberField("tid", tid);
    }
}
