package processlab.run.java;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import processlab.run.spec.Launch;
import processlab.run.spec.RunException;
import processlab.run.spec.RunSpec;
import processlab.worker.JavaProcessesWorker;
import processlab.worker.JavaThreadsWorker;
import processlab.worker.JvmCommand;
import processlab.worker.ParentWatch;

/** Prepares Java runs: the worker programs of the demos, or a single-file program, in a child JVM. */
public final class JavaLaunches {

    private JavaLaunches() {}

    public static Launch demo(RunSpec.Demo spec, Path runDir, Path eventsFile) {
        Class<?> main = switch (spec.kind()) {
            case JAVA_THREADS -> JavaThreadsWorker.class;
            case JAVA_PROCESSES -> JavaProcessesWorker.class;
            default -> throw new IllegalArgumentException("not a Java run: " + spec.kind());
        };
        List<String> args = List.of(
                Integer.toString(spec.workers()),
                Integer.toString(spec.tasks()),
                spec.workload().id(),
                Long.toString(spec.size()));
        return new Launch(
                JvmCommand.forMain(main, args),
                environment(eventsFile),
                runDir,
                "Java " + Runtime.version().feature(),
                List.of());
    }

    private static Map<String, String> environment(Path eventsFile) {
        Map<String, String> env = new HashMap<>(ParentWatch.forChildren());
        env.put("PROCESSLAB_EVENTS", eventsFile.toString());
        return env;
    }

    /** {@code java Main.java}: Java 11+ compiles and runs a one-file program in memory. */
    public static Launch source(RunSpec.JavaSource spec, Path runDir, Path eventsFile) throws RunException {
        Path file = runDir.resolve("Main.java");
        try {
            Files.writeString(file, spec.source(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RunException("Could not write the Java program to " + file + ": " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>();
        command.add(JvmCommand.javaExecutable());
        command.addAll(JvmCommand.LIGHT_OPTIONS);
        command.add(file.toString());
        return new Launch(
                command,
                Map.of("PROCESSLAB_EVENTS", eventsFile.toString()),
                runDir,
                "Java " + Runtime.version().feature(),
                List.of());
    }
}
