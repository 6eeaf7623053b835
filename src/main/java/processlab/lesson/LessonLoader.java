package processlab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads lesson files. Never throws for a broken lesson: its errors travel inside the {@link Lesson}.
 */
public final class LessonLoader {

    private LessonLoader() {}

    /**
     * Every {@code *.md} file of a folder (hidden files and folders aside), ordered by file name. Ids are unique
     * because they are the file names. A link that leads nowhere and a named pipe are lessons too, whose error says
     * what they are: an author who put them there meant a lesson.
     *
     * @throws IOException only if the folder is missing or cannot be listed; the message names the folder
     */
    public static List<Lesson> loadFolder(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> entries = Files.list(dir)) {
            files = entries.filter(LessonLoader::isLessonFile)
                    .sorted((a, b) ->
                            a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (NoSuchFileException e) {
            throw new IOException("lesson folder not found: " + dir, e);
        } catch (NotDirectoryException e) {
            throw new IOException("not a folder: " + dir, e);
        } catch (IOException e) {
            throw new IOException("cannot read lesson folder " + dir + ": " + e.getMessage(), e);
        }
        List<Lesson> lessons = new ArrayList<>(files.size());
        for (Path file : files) {
            lessons.add(loadFile(file));
        }
        return lessons;
    }

    /** One lesson file; an unreadable file gives a lesson whose only error says why. */
    public static Lesson loadFile(Path file) {
        String id = idOf(file);
        Optional<String> notAFile = FileTrouble.of(file);
        if (notAFile.isPresent()) {
            return failed(id, file, notAFile.get());
        }
        String source;
        try {
            source = Utf8Text.decode(Files.readAllBytes(file));
        } catch (Utf8Text.Malformed e) {
            return failed(id, file, e.line(), e.getMessage());
        } catch (IOException e) {
            return failed(id, file, "cannot read the file: " + e);
        }
        return parse(id, file, source);
    }

    /** Parses lesson text as if read from {@code file} (errors name that file). */
    public static Lesson parse(String id, Path file, String source) {
        return new LessonParser(id, file).parse(source);
    }

    /** The lesson id: the file name without {@code .md}. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /**
     * A {@code *.md} entry that is not a folder (following links; a link that leads nowhere is kept, to be
     * reported). Hidden files (editor backups such as {@code .#01-x.md}) are not lessons.
     */
    private static boolean isLessonFile(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".md") && !name.startsWith(".") && !Files.isDirectory(path);
    }

    private static Lesson failed(String id, Path file, String message) {
        return failed(id, file, 1, message);
    }

    private static Lesson failed(String id, Path file, int line, String message) {
        return new Lesson(id, file, id, "", "", List.of(), List.of(new LessonError(file, line, message)));
    }
}
