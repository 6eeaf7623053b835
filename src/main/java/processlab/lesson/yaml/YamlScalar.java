package processlab.lesson.yaml;

/**
 * A single value: plain, quoted or a {@code |} literal block. An empty value ({@code key:} with nothing after
 * it) is a plain scalar with empty text.
 */
public record YamlScalar(String value, int line, Style style) implements YamlNode {

    public enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL }

    public boolean isEmpty() {
        return value.isEmpty() && style == Style.PLAIN;
    }

    @Override
    public String describe() {
        return "text";
    }
}
