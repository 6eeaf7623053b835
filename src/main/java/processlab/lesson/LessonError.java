package processlab.lesson;

import java.nio.file.Path;

/** A problem in a lesson file, at a 1-based line of the original file. */
public record LessonError(Path file, int line, String message) {

    /** The form every tool prints: {@code file:line: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
