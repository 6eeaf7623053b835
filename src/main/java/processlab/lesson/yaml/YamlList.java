package processlab.lesson.yaml;

import java.util.List;

/** A block list ({@code - item} lines) or a flow list ({@code [a, b]}). */
public record YamlList(List<YamlNode> items, int line) implements YamlNode {

    public YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
