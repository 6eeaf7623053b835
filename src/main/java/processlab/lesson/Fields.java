package processlab.lesson;

import java.util.List;
import java.util.Optional;
import processlab.lesson.yaml.YamlList;
import processlab.lesson.yaml.YamlMap;
import processlab.lesson.yaml.YamlNode;
import processlab.lesson.yaml.YamlScalar;

/**
 * Reads the fields of one YAML map (a demo, a quiz question, an exercise, the front matter) and reports each
 * problem at the line of the offending field. A getter returns empty when the field is absent or wrong.
 */
final class Fields {

    private final YamlMap map;
    private final Problems problems;

    /**
     * @param what  how errors name the map's owner, e.g. {@code demo} gives "unknown demo field 'x'"
     * @param known every allowed field name, in the order the documentation lists them
     */
    Fields(YamlMap map, String what, List<String> known, Problems problems) {
        this.map = map;
        this.problems = problems;
        for (YamlMap.Entry entry : map.entries()) {
            if (!known.contains(entry.key())) {
                problems.add(
                        entry.line(),
                        "unknown " + what + " field '" + entry.key() + "' (known: " + String.join(", ", known) + ")");
            }
        }
    }

    /**
     * The fields of a block whose body is one map (a demo, an exercise); empty after reporting an empty block, a
     * syntax error or a body of another shape ({@link BlockYaml#parse(FencedSection, Class, String, String,
     * Problems)} says what {@code hint} and {@code wrongShape} are).
     */
    static Optional<Fields> ofBlock(
            FencedSection fenced, String what, List<String> known, String hint, String wrongShape, Problems problems) {
        return BlockYaml.parse(fenced, YamlMap.class, hint, wrongShape, problems)
                .map(map -> new Fields(map, what, known, problems));
    }

    Optional<YamlNode> node(String key) {
        return map.entry(key).map(YamlMap.Entry::value);
    }

    /** The field's text; a list or map where text belongs is an error. */
    Optional<String> text(String key) {
        Optional<YamlMap.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        if (entry.get().value() instanceof YamlScalar scalar) {
            return Optional.of(scalar.value());
        }
        problems.add(
                entry.get().line(),
                "'" + key + "' must be text, not " + entry.get().value().describe());
        return Optional.empty();
    }

    /** Text that must be present and not empty; a missing field is reported at {@code ownerLine}. */
    Optional<String> requiredText(String key, int ownerLine, String owner) {
        if (reportMissing(key, ownerLine, owner)) {
            return Optional.empty();
        }
        Optional<String> value = text(key);
        if (value.isPresent() && value.get().isBlank()) {
            problems.add(line(key), "'" + key + "' must not be empty");
            return Optional.empty();
        }
        return value;
    }

    /** A whole number in {@code min..max}; {@code _} may group digits (200_000). */
    Optional<Long> wholeNumber(String key, long min, long max) {
        return wholeNumber(key, min, max, key);
    }

    /** As {@link #wholeNumber(String, long, long)}, naming the field {@code label} in messages. */
    Optional<Long> wholeNumber(String key, long min, long max, String label) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String digits = text.get().strip();
        long value;
        try {
            if (!digits.matches("[+-]?\\d[\\d_]*")) {
                throw new NumberFormatException();
            }
            value = Long.parseLong(digits.replace("_", "").replace("+", ""));
        } catch (NumberFormatException e) {
            problems.add(line(key), label + " must be a whole number " + min + ".." + max + ", got '" + digits + "'");
            return Optional.empty();
        }
        if (value < min || value > max) {
            problems.add(line(key), label + " must be " + min + ".." + max + ", got " + value);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<Boolean> bool(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        switch (text.get().strip()) {
            case "true":
                return Optional.of(true);
            case "false":
                return Optional.of(false);
            default:
                problems.add(
                        line(key),
                        key + " must be true or false, got '" + text.get().strip() + "'");
                return Optional.empty();
        }
    }

    /** One of a fixed set of words; otherwise "unknown {noun} 'x' (known: a, b)". */
    Optional<String> oneOf(String key, String noun, List<String> allowed) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String word = text.get().strip();
        if (!allowed.contains(word)) {
            problems.add(line(key), "unknown " + noun + " '" + word + "' (known: " + String.join(", ", allowed) + ")");
            return Optional.empty();
        }
        return Optional.of(word);
    }

    /** A list (block or flow); anything else is reported with an example of the right form. */
    Optional<YamlList> list(String key, String example) {
        Optional<YamlMap.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        if (entry.get().value() instanceof YamlList list) {
            return Optional.of(list);
        }
        problems.add(entry.get().line(), "'" + key + "' must be a list, e.g. " + example);
        return Optional.empty();
    }

    /** A list that must be present; a missing field is reported at {@code ownerLine}. */
    Optional<YamlList> requiredList(String key, int ownerLine, String owner, String example) {
        return reportMissing(key, ownerLine, owner) ? Optional.empty() : list(key, example);
    }

    /** Whether a required field is absent; if so, says that at {@code ownerLine}. */
    boolean reportMissing(String key, int ownerLine, String owner) {
        if (has(key)) {
            return false;
        }
        problems.add(ownerLine, owner + " is missing the required field '" + key + "'");
        return true;
    }

    boolean has(String key) {
        return map.entry(key).isPresent();
    }

    /** The line of the field, or of the map when it is absent. */
    int line(String key) {
        return map.entry(key).map(YamlMap.Entry::line).orElse(map.line());
    }
}
