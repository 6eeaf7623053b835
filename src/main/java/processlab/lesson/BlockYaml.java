package processlab.lesson;

import java.util.Optional;
import processlab.lesson.yaml.YamlException;
import processlab.lesson.yaml.YamlNode;
import processlab.lesson.yaml.YamlReader;

/** Parses the YAML body of a demo, quiz or exercise block, reporting syntax errors at their file line. */
final class BlockYaml {

    private BlockYaml() {}

    /**
     * @param fenced the block; its body starts on the line after the opening fence
     * @param hint   what an empty block should contain, for the error message
     * @return the root node, or empty after reporting an empty block or a syntax error
     */
    static Optional<YamlNode> parse(FencedSection fenced, String hint, Problems problems) {
        try {
            Optional<YamlNode> root = YamlReader.read(fenced.body(), fenced.line() + 1);
            if (root.isEmpty()) {
                problems.add(fenced.line(), "the " + fenced.language() + " block is empty; " + hint);
            }
            return root;
        } catch (YamlException e) {
            problems.add(e);
            return Optional.empty();
        }
    }

    /**
     * {@link #parse}, and the root must be a {@code shape} (a map of fields, a list of questions).
     *
     * @param wrongShape what the block should hold instead, reported at the root's line
     */
    static <T extends YamlNode> Optional<T> parse(
            FencedSection fenced, Class<T> shape, String hint, String wrongShape, Problems problems) {
        Optional<YamlNode> root = parse(fenced, hint, problems);
        if (root.isPresent() && !shape.isInstance(root.get())) {
            problems.add(root.get().line(), wrongShape);
            return Optional.empty();
        }
        return root.map(shape::cast);
    }
}
