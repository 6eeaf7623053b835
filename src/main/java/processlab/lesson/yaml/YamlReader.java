package processlab.lesson.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads the YAML of a lesson (YAML 1.2, by snakeyaml-engine's composer) into {@link YamlNode}s that carry their line
 * in the lesson file. On top of YAML it refuses what lessons do not use (anchors, aliases, tags: see
 * {@link PlainEvents}) and a key repeated in one map, which YAML forbids but the composer lets through (only
 * snakeyaml's constructor, which lessons do not use, checks {@code setAllowDuplicateKeys}).
 */
public final class YamlReader {

    /** Far more than any front matter or block needs; a longer one is refused before it is read. */
    static final int MAX_CODE_POINTS = 1_000_000;

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setLabel("lesson")
            .setCodePointLimit(MAX_CODE_POINTS)
            // YAML 1.2's core schema: only a plain null, Null, NULL, ~ or nothing is null (read as empty text).
            .setSchema(new CoreSchema())
            // Let a list or map used as a key reach convert(), which reports it at its line.
            .setAllowNonScalarKeys(true)
            .build();

    private final YamlSource source;

    private YamlReader(YamlSource source) {
        this.source = source;
    }

    /**
     * Reads one document.
     *
     * @param text      the YAML text (a front matter or a fenced block's body)
     * @param firstLine the 1-based line of the original file where {@code text} starts
     * @return the root node, or empty when the text holds nothing but blanks and comments
     * @throws YamlException the first problem, at its line of the original file
     */
    public static Optional<YamlNode> read(String text, int firstLine) throws YamlException {
        YamlSource source = YamlSource.of(text, firstLine);
        Optional<Node> root;
        try {
            PlainEvents events = new PlainEvents(new ParserImpl(SETTINGS, new StreamReader(SETTINGS, text)), source);
            root = new Composer(SETTINGS, events).getSingleNode();
        } catch (PlainEvents.Refused e) {
            throw e.error;
        } catch (MarkedYamlEngineException e) {
            throw YamlErrors.of(e, source);
        } catch (YamlEngineException e) {
            // Not tied to a place in the text: the code point limit, or a stream that cannot be read.
            throw new YamlException(firstLine, "the YAML cannot be read: " + e.getMessage());
        }
        return root.isEmpty() ? Optional.empty() : Optional.of(new YamlReader(source).convert(root.get()));
    }

    private YamlNode convert(Node node) throws YamlException {
        int line = source.fileLine(node.getStartMark());
        if (node instanceof ScalarNode scalar) {
            boolean isNull = scalar.isPlain() && scalar.getTag().equals(Tag.NULL);
            return new YamlScalar(isNull ? "" : scalar.getValue(), line);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item));
            }
            return new YamlList(items, line);
        }
        return map((MappingNode) node, line);
    }

    private YamlMap map(MappingNode node, int line) throws YamlException {
        List<YamlMap.Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            int keyLine = source.fileLine(tuple.getKeyNode().getStartMark());
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new YamlException(keyLine, "a field name must be a word, not a list or map");
            }
            Integer first = seen.putIfAbsent(key.getValue(), keyLine);
            if (first != null) {
                throw new YamlException(
                        keyLine, "'" + key.getValue() + "' appears twice (first at line " + first + ")");
            }
            entries.add(new YamlMap.Entry(key.getValue(), keyLine, convert(tuple.getValueNode())));
        }
        return new YamlMap(entries, line);
    }
}
