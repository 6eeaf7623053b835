package processlab.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads lesson files. Never throws for a broken lesson: its errors travel inside the {@link Lesson}.
 */
public final class LessonLoader {

    private LessonLoader() {
    }

    /** Every {@code *.md} file of a folder, ordered by file name. IOException only if the folder is unreadable. */
    public static List<Lesson> loadFolder(Path dir) throws IOException {
        throw new UnsupportedOperationException("being written on branch wt-lesson");
    }

    /** One lesson file. */
    public static Lesson loadFile(Path file) {
        throw new UnsupportedOperationException("being written on branch wt-lesson");
    }
}
