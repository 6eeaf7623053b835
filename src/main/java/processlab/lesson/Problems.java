package processlab.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import processlab.lesson.yaml.YamlException;

/** Collects the errors of one lesson file, in the order they are found. */
final class Problems {

    private final Path file;
    private final List<LessonError> errors = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    void add(int line, String message) {
        errors.add(new LessonError(file, line, message));
    }

    void add(YamlException e) {
        add(e.line(), e.getMessage());
    }

    int count() {
        return errors.size();
    }

    /** In line order (a stable sort), the order an author fixes them in. */
    List<LessonError> all() {
        return errors.stream()
                .sorted(Comparator.comparingInt(LessonError::line))
                .toList();
    }
}
