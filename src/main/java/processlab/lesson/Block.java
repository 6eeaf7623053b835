package processlab.lesson;

/**
 * A part of a lesson body: Markdown prose, or a fenced block whose info string gives it a behaviour.
 * {@link #line()} is the 1-based line in the original file where the block starts (the opening fence for
 * fenced blocks).
 */
public sealed interface Block permits MarkdownBlock, CodeBlock, DemoBlock, QuizBlock, ExerciseBlock {

    /** {@code markdown}, {@code demo}, {@code quiz}, or the code block's language ({@code python}, {@code java}…). */
    String kind();

    /** The fence's info string, empty for Markdown. */
    String info();

    /** The text inside the fence (or the Markdown source), without the fences. */
    String body();

    int line();
}
