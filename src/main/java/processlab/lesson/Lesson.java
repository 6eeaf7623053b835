package processlab.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * One lesson file, parsed. A lesson that failed to load keeps its id and file and carries its errors;
 * the app shows them in place of the content while the other lessons keep working.
 *
 * @param id       the file name without {@code .md}, e.g. {@code 01-what-is-multiprocessing}
 * @param file     the file it was read from
 * @param title    from the front matter (required)
 * @param question the question the lesson answers, may be empty
 * @param summary  one line for the lesson list, may be empty
 * @param blocks   the body in file order
 * @param errors   empty when the lesson is valid
 */
public record Lesson(
        String id,
        Path file,
        String title,
        String question,
        String summary,
        List<Block> blocks,
        List<LessonError> errors) {

    public Lesson {
        blocks = List.copyOf(blocks);
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
