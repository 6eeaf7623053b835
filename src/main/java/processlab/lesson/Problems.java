package processlab.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
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

    List<LessonError> all() {
        return List.copyOf(errors);
    }
}
