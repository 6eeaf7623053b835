package processlab.ui.timeline.model;

import java.util.regex.Pattern;

import processlab.run.ProcessInfo;
import processlab.run.ThreadTrack;

/**
 * Which threads a timeline shows. A JVM runs a dozen threads of its own (GC, compiler, signal dispatcher…)
 * that would bury the few a lesson is about, so for Java processes only the workers and the main thread are
 * shown unless the user asks for all. Python processes show every thread: there are few, and each matters.
 */
public final class ThreadFilter {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORKER = Pattern.compile("(worker|pool-\\d+-thread)-\\d+.*|main|Thread-\\d+");

    private ThreadFilter() {
    }

    public static boolean isJavaProcess(ProcessInfo process) {
        if (process == null) {
            return false;
        }
        String command = process.command().trim();
        String program = SPACES.split(command, 2)[0];
        return program.endsWith("java") || program.endsWith("java.exe");
    }

    /** Whether a thread is shown when the "show all threads" toggle is off. */
    public static boolean isShownByDefault(ThreadTrack thread, ProcessInfo process) {
        String role = thread.role();
        if (role.toLowerCase().contains("internal")) {
            return false;
        }
        if (!isJavaProcess(process)) {
            return true;
        }
        if (!role.isEmpty()) {
            return true;
        }
        String name = thread.name();
        return WORKER.matcher(name).matches() || isJavaMainThread(thread);
    }

    /**
     * The Java main thread keeps the launcher's name "java"; the launcher thread itself (tid == pid) only waits
     * for it, so it is hidden with the JVM's own threads.
     */
    static boolean isJavaMainThread(ThreadTrack thread) {
        return thread.name().equals("java") && !thread.isMainThread();
    }
}
