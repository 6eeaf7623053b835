package processlab.lesson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import processlab.lesson.yaml.YamlList;
import processlab.lesson.yaml.YamlNode;
import processlab.lesson.yaml.YamlScalar;
import processlab.run.spec.RunKind;
import processlab.run.spec.Workload;

/** Validates a {@code ```demo} block into a {@link DemoSpec}, with the defaults the format documents. */
final class DemoReader {

    static final List<String> FIELDS = List.of(
            "title",
            "runs",
            "workers",
            "tasks",
            "task",
            "size",
            "timeout",
            "together",
            "start-method",
            "python",
            "switch-interval");
    static final List<String> START_METHODS = List.of("default", "fork", "spawn", "forkserver");
    static final List<String> PYTHONS = List.of("default", "free-threaded");
    static final int MAX_RUNS = 5;

    private DemoReader() {}

    static Optional<DemoBlock> read(FencedSection fenced, Problems problems) {
        int errorsBefore = problems.count();
        Optional<Fields> block = Fields.ofBlock(
                fenced,
                "demo",
                FIELDS,
                "it needs at least 'runs: [python-threads, ...]'",
                "a demo block holds 'field: value' lines, e.g. 'runs: [python-threads]'",
                problems);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = block.get();
        String title = fields.text("title").orElse("").strip();
        List<RunKind> runs = runs(fields, fenced.line(), problems);
        int workers = fields.wholeNumber("workers", 1, DemoSpec.MAX_WORKERS)
                .orElse(4L)
                .intValue();
        int tasks = fields.wholeNumber("tasks", 1, DemoSpec.MAX_TASKS)
                .orElse((long) workers)
                .intValue();
        Optional<Workload> task = fields.oneOf("task", "task", taskIds()).flatMap(Workload::fromId);
        Workload workload = task.orElse(Workload.COUNT_PRIMES);
        long size = workload.defaultSize();
        if (task.isPresent() || !fields.has("task")) {
            // A wrong task was reported already; checking size against some other task's range would mislead.
            size = fields.wholeNumber("size", workload.minSize(), workload.maxSize(), "size for " + workload.id())
                    .orElse(workload.defaultSize());
        }
        int timeout = fields.wholeNumber("timeout", 1, DemoSpec.MAX_TIMEOUT_SECONDS)
                .orElse(60L)
                .intValue();
        boolean together = fields.bool("together").orElse(false);
        String startMethod =
                fields.oneOf("start-method", "start-method", START_METHODS).orElse("default");
        boolean freeThreaded = fields.oneOf("python", "python choice", PYTHONS)
                .orElse("default")
                .equals("free-threaded");
        int switchInterval = fields.wholeNumber(
                        "switch-interval", 1, DemoSpec.MAX_SWITCH_INTERVAL_MS, "switch-interval (ms)")
                .orElse(0L)
                .intValue();
        if (problems.count() > errorsBefore) {
            return Optional.empty();
        }
        DemoSpec spec = new DemoSpec(
                title,
                runs,
                workers,
                tasks,
                workload,
                size,
                timeout,
                together,
                startMethod,
                freeThreaded,
                switchInterval);
        return Optional.of(new DemoBlock(fenced.line(), fenced.info(), fenced.body(), spec));
    }

    private static List<RunKind> runs(Fields fields, int fenceLine, Problems problems) {
        Optional<YamlList> list =
                fields.requiredList("runs", fenceLine, "demo", "runs: [python-threads, python-processes]");
        if (list.isEmpty()) {
            return List.of();
        }
        List<RunKind> runs = new ArrayList<>();
        for (YamlNode item : list.get().items()) {
            if (!(item instanceof YamlScalar scalar)) {
                problems.add(item.line(), "each run must be a run kind such as python-threads, not " + item.describe());
                continue;
            }
            String id = scalar.value().strip();
            Optional<RunKind> kind = RunKind.fromId(id);
            if (kind.isEmpty()) {
                problems.add(
                        item.line(), "unknown run kind '" + id + "' (known: " + String.join(", ", runKindIds()) + ")");
            } else if (runs.contains(kind.get())) {
                problems.add(item.line(), "run kind '" + id + "' is listed twice");
            } else {
                runs.add(kind.get());
            }
        }
        int count = list.get().items().size();
        if (count < 1 || count > MAX_RUNS) {
            problems.add(fields.line("runs"), "runs must list 1.." + MAX_RUNS + " run kinds, got " + count);
        }
        return runs;
    }

    static List<String> runKindIds() {
        return Arrays.stream(RunKind.values()).map(RunKind::id).toList();
    }

    static List<String> taskIds() {
        return Arrays.stream(Workload.values()).map(Workload::id).toList();
    }
}
