package processlab.lesson.yaml;

import java.util.List;
import java.util.Optional;

/** {@code key: value} lines (or a flow map), in file order; keys are unique ({@link YamlReader} rejects repeats). */
public record YamlMap(List<Entry> entries, int line) implements YamlNode {

    /** One {@code key: value}; {@link #line()} is the line of the key. */
    public record Entry(String key, int line, YamlNode value) {}

    public YamlMap {
        entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    @Override
    public String describe() {
        return "a set of 'key: value' lines";
    }
}
