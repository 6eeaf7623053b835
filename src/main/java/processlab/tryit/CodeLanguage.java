package processlab.tryit;

import java.util.Optional;

/** The languages a student's code can be run in, and the file name it runs as (tracebacks name that file). */
public enum CodeLanguage {
    PYTHON("python", "main.py"),
    /** Run as {@code java Main.java}: Java's single-file source launcher, no build step. */
    JAVA("java", "Main.java");

    private final String id;
    private final String fileName;

    CodeLanguage(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    /** As lesson code blocks name it. */
    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<CodeLanguage> fromBlockLanguage(String language) {
        for (CodeLanguage value : values()) {
            if (value.id.equals(language)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
