package processlab.tryit;

import java.util.Optional;
import processlab.util.EnumIds;

/** The languages a student's code can be run in, and the file name it runs as (tracebacks name that file). */
public enum CodeLanguage {
    PYTHON("main.py"),
    /** Run as {@code java Main.java}: Java's single-file source launcher, no build step. */
    JAVA("Main.java");

    private final String fileName;

    CodeLanguage(String fileName) {
        this.fileName = fileName;
    }

    /** As lesson code blocks name it. */
    public String id() {
        return EnumIds.idOf(this);
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<CodeLanguage> fromBlockLanguage(String language) {
        return EnumIds.fromId(CodeLanguage.class, language);
    }
}
