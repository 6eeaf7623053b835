package processlab.lesson.yaml;

/** Malformed YAML, at a 1-based line of the original lesson file. */
public final class YamlException extends Exception {

    private final int line;

    public YamlException(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
