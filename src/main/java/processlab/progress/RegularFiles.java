package processlab.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens the student's own files (progress, settings) only when they are regular files. Opening a named pipe to
 * read waits until something writes to it, which nothing will: the app would hang before its first window.
 */
public final class RegularFiles {

    private RegularFiles() {}

    /**
     * Opens {@code file} to read, following links.
     *
     * @throws java.nio.file.NoSuchFileException when there is nothing at {@code file}
     * @throws IOException                         saying what it is, when it is not a regular file
     */
    public static InputStream newInputStream(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new IOException("it is not a regular file but "
                    + (attributes.isDirectory() ? "a folder" : "a named pipe, socket or device"));
        }
        return Files.newInputStream(file);
    }
}
