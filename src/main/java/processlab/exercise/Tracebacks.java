package processlab.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import processlab.recording.OutputLine;

/**
 * Finds Python errors in a run's standard error: the exception line that ends a traceback, and the last
 * {@code File "...", line N} frame that belongs to the student's own file (frames inside the standard
 * library are not where the student can fix anything).
 */
public final class Tracebacks {

    private static final Pattern FRAME = Pattern.compile("^\\s*File \"(.+)\", line (\\d+)");
    private static final Pattern EXCEPTION =
            Pattern.compile("^([A-Za-z_][\\w.]*(?:Error|Exception|Interrupt|Exit|Warning))(?::\\s?(.*))?$");

    private Tracebacks() {}

    /**
     * One error per process that printed a traceback, in the order they were printed.
     *
     * @param scriptName the file name the student's code ran as ({@code main.py}); frames in other files are
     *                   skipped when finding the line
     */
    public static List<PythonError> find(List<OutputLine> output, String scriptName) {
        Map<Long, List<String>> stderrByPid = new LinkedHashMap<>();
        for (OutputLine line : output) {
            if (line.stderr()) {
                stderrByPid
                        .computeIfAbsent(line.pid(), pid -> new ArrayList<>())
                        .add(line.text());
            }
        }
        List<PythonError> errors = new ArrayList<>();
        stderrByPid.forEach((pid, lines) -> errors.addAll(find(pid, lines, scriptName)));
        return errors;
    }

    /** Every traceback in one process's standard error (a process may print several, e.g. a pool's workers). */
    static List<PythonError> find(long pid, List<String> lines, String scriptName) {
        List<PythonError> errors = new ArrayList<>();
        int studentLine = 0;
        boolean inTraceback = false;
        for (String text : lines) {
            Matcher frame = FRAME.matcher(text);
            if (frame.find()) {
                inTraceback = true;
                if (isStudentFile(frame.group(1), scriptName)) {
                    studentLine = Integer.parseInt(frame.group(2));
                }
                continue;
            }
            if (text.startsWith("Traceback (most recent call last)")) {
                inTraceback = true;
                studentLine = 0;
                continue;
            }
            Matcher exception = EXCEPTION.matcher(text);
            if (inTraceback && exception.matches()) {
                String message =
                        exception.group(2) == null ? "" : exception.group(2).trim();
                errors.add(new PythonError(pid, simpleName(exception.group(1)), message, studentLine));
                inTraceback = false;
                studentLine = 0;
            }
        }
        return errors;
    }

    private static boolean isStudentFile(String file, String scriptName) {
        if (scriptName == null || scriptName.isEmpty()) {
            return !file.startsWith("<") && !file.contains("/lib/python") && !file.contains("\\lib\\");
        }
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1).equals(scriptName);
    }

    private static String simpleName(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? qualified : qualified.substring(dot + 1);
    }
}
