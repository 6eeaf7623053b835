package processlab.lesson.yaml;

/**
 * A node of a lesson's YAML (front matter, or a demo, quiz or exercise block), read by {@link YamlReader}.
 * {@link #line()} is the 1-based line in the ORIGINAL lesson file, so every error can point at it.
 */
public sealed interface YamlNode permits YamlScalar, YamlList, YamlMap {

    int line();

    /** How an author would name this kind of value in an error message: {@code text}, {@code a list}… */
    String describe();
}
