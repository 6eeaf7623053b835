package processlab.lesson.yaml;

/**
 * A single value as written: plain, quoted, or a {@code |} or {@code >} block. A value YAML reads as null (nothing
 * after {@code key:}, {@code ~} or a plain {@code null}) has empty text. Numbers and booleans keep their text: the
 * readers decide what a field's text must be, so a title {@code 1.0} stays "1.0".
 */
public record YamlScalar(String value, int line) implements YamlNode {

    @Override
    public String describe() {
        return "text";
    }
}
