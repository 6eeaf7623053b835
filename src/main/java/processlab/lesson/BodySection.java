package processlab.lesson;

/** A stretch of a lesson body: prose, or a fenced block. */
sealed interface BodySection permits BodySection.Prose, FencedSection {

    /** Markdown between fences; {@code line} is its first non-blank line. */
    record Prose(int line, String text) implements BodySection {}
}
