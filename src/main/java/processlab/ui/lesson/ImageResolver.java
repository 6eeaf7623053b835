package processlab.ui.lesson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a lesson image: relative to the lesson file, to the lessons folder's parent (the project, where
 * {@code assets/} lives), or inside {@code assets/} of either. Plain Java so it is testable on its own.
 */
public final class ImageResolver {

    private ImageResolver() {}

    /** The places looked at, in order; the first that exists wins. */
    public static List<Path> candidates(String destination, Path lessonFile) {
        List<Path> candidates = new ArrayList<>();
        Path relative;
        try {
            relative = Path.of(destination);
        } catch (RuntimeException e) {
            return candidates;
        }
        if (relative.isAbsolute()) {
            candidates.add(relative);
            return candidates;
        }
        Path lessonDir = lessonFile.toAbsolutePath().getParent();
        candidates.add(lessonDir.resolve(relative));
        candidates.add(lessonDir.resolve("assets").resolve(relative));
        Optional.ofNullable(lessonDir.getParent()).ifPresent(project -> {
            candidates.add(project.resolve(relative));
            candidates.add(project.resolve("assets").resolve(relative));
        });
        return candidates.stream().map(Path::normalize).distinct().toList();
    }

    public static Optional<Path> resolve(String destination, Path lessonFile) {
        return candidates(destination, lessonFile).stream()
                .filter(Files::isRegularFile)
                .findFirst();
    }
}
