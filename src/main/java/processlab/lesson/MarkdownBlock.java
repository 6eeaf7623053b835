package processlab.lesson;

/** Prose between fenced blocks, rendered as Markdown. */
public record MarkdownBlock(int line, String body) implements Block {

    @Override
    public String kind() {
        return "markdown";
    }

    @Override
    public String info() {
        return "";
    }
}
