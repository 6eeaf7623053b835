package processlab.worker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Java processes: this JVM starts WORKERS child JVMs ({@link JavaProcessWorker}); worker w does tasks w,
 * w+WORKERS… like the Python processes demo. Exits with the first non-zero exit code of a child.
 *
 * <p>Arguments: WORKERS TASKS WORKLOAD SIZE
 */
public final class JavaProcessesWorker {

    private JavaProcessesWorker() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        ParentWatch.start();
        int workers = Integer.parseInt(args[0]);
        List<Process> children = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            List<String> childArgs = List.of(Integer.toString(w), args[0], args[1], args[2], args[3]);
            ProcessBuilder builder = new ProcessBuilder(JvmCommand.forMain(JavaProcessWorker.class, childArgs));
            builder.inheritIO();
            builder.environment().putAll(ParentWatch.forChildren());
            children.add(builder.start());
        }
        int exitCode = 0;
        for (Process child : children) {
            int code = child.waitFor();
            TaskEvents.childExited(child.pid(), code);
            if (exitCode == 0 && code != 0) {
                exitCode = code;
            }
        }
        System.exit(exitCode);
    }
}
