package processlab.timeline;

import java.util.regex.Pattern;
import processlab.recording.ProcessInfo;
import processlab.recording.ThreadTrack;

/**
 * Which threads a timeline shows. A JVM runs a dozen threads of its own (GC, compiler, signal dispatcher…)
 * that would bury the few a lesson is about, so for Java processes only the workers and the main thread are
 * shown unless the user asks for all. Python processes show every thread: there are few, and each matters.
 */
public final class ThreadFilter {

    private static final Pattern WORKER = Pattern.compile("(worker|pool-\\d+-thread)-\\d+.*|main|Thread-\\d+");

    private ThreadFilter() {}

    public static boolean isJavaProcess(ProcessInfo process) {
        if (process == null) {
            return false;
        }
        // Asked for every thread on every frame, so the program name is found without a regex or a copy.
        String command = process.command();
        int start = 0;
        while (start < command.length() && Character.isWhitespace(command.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < command.length() && !Character.isWhitespace(command.charAt(end))) {
            end++;
        }
        return command.startsWith("java", end - 4) && end - 4 >= start
                || command.startsWith("java.exe", end - 8) && end - 8 >= start;
    }

    /** Whether a thread is shown when the "show all threads" toggle is off. */
    public static boolean isShownByDefault(ThreadTrack thread, ProcessInfo process) {
        String role = thread.role();
        if (containsIgnoreCase(role, "internal")) {
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

    private static boolean containsIgnoreCase(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Java main thread keeps the launcher's name "java"; the launcher thread itself (tid == pid) only waits
     * for it, so it is hidden with the JVM's own threads.
     */
    static boolean isJavaMainThread(ThreadTrack thread) {
        return thread.name().equals("java") && !thread.isMainThread();
    }
}
