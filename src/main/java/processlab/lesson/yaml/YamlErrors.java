package processlab.lesson.yaml;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Turns snakeyaml-engine's syntax errors into messages an author acts on, at the line to fix. The mistakes authors
 * make most (a tab, a field indented too far, {@code ': '} inside plain text, a missing space after {@code :}, an
 * unclosed quote or list) get their own words; anything else keeps snakeyaml's own description.
 */
final class YamlErrors {

    /** A field at the start of a line (perhaps after {@code - }): group 1 is its name, the match ends at its colon. */
    private static final Pattern FIELD = Pattern.compile("\\s*(?:-\\s+)*([^\\s#:\"'\\[\\]{},&*!|>-][^:#]*?):(?=\\s|$)");

    private static final Pattern FIELD_WITHOUT_SPACE = Pattern.compile("\\s*(?:-\\s+)*[A-Za-z_][A-Za-z0-9_-]*:\\S.*");
    private static final String LINE_IT_UP = "(line it up with the fields above; text over several lines needs '|')";

    private YamlErrors() {}

    static YamlException of(MarkedYamlEngineException e, YamlSource source) {
        String problem = String.valueOf(e.getProblem());
        String context = e.getContext() == null ? "" : e.getContext();
        Optional<Mark> at = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
        Optional<Mark> opened = e.getContextMark().isPresent() ? e.getContextMark() : at;
        String line = source.lineAt(at).strip();
        if (problem.contains("(TAB)")) {
            return error(source, at, "a tab is used for indentation; indent with spaces");
        }
        if (problem.startsWith("found character '")) {
            return cannotStart(source, at, problem.charAt("found character '".length()));
        }
        if (problem.equals("mapping values are not allowed here")) {
            return colonInText(source, at);
        }
        if (problem.startsWith("expected <block end>, but found ")) {
            return blockEnd(problem, context, source, at);
        }
        if (problem.equals("could not find expected ':'")) {
            return notAField(source, opened);
        }
        if (problem.contains("<stream end>") && context.startsWith("while parsing a flow ")) {
            boolean list = context.endsWith("sequence");
            return error(
                    source,
                    opened,
                    "the "
                            + (list
                                    ? "list opened with '[' is never closed with ']'"
                                    : "map opened with '{' is never closed with '}'"));
        }
        if (problem.contains("unexpected end of stream") && context.contains("quoted scalar")) {
            String rest = source.rest(opened);
            return error(
                    source,
                    opened,
                    "text opened with " + (rest.isEmpty() ? "a quote" : rest.charAt(0)) + " is never closed");
        }
        if (problem.startsWith("found unknown escape character ")) {
            return error(
                    source,
                    at,
                    "unknown escape '\\" + problem.charAt("found unknown escape character ".length())
                            + "' in double-quoted text (write '\\\\' for a backslash, or use single quotes)");
        }
        if (problem.equals("expected the node content, but found ','") && context.contains("flow")) {
            return error(source, at, "empty item in the list '" + line + "'");
        }
        if (problem.startsWith("expected the node content, but found '")) {
            return cannotStart(source, at, problem.charAt("expected the node content, but found '".length()));
        }
        if (context.equals("while scanning an alias")
                || context.equals("while scanning an anchor")
                || context.equals("while scanning a directive")) {
            return cannotStart(
                    source,
                    opened,
                    source.rest(opened).isEmpty() ? '%' : source.rest(opened).charAt(0));
        }
        if (problem.startsWith("expected ',' or ") && context.startsWith("while parsing a flow ")) {
            String close = context.endsWith("sequence") ? "']'" : "'}'";
            return error(
                    source,
                    at,
                    "expected ',' or " + close + " in the " + (close.equals("']'") ? "list" : "map") + ", got '"
                            + source.rest(at).strip() + "'");
        }
        if (problem.equals("sequence entries are not allowed here")) {
            return error(
                    source,
                    at,
                    "a '- ' list item cannot start here: start the list on the next line, or put "
                            + "text that starts with '- ' in quotes");
        }
        if (problem.startsWith("expected chomping or indentation indicators")
                || context.equals("while scanning a block scalar")) {
            return error(
                    source,
                    at,
                    "after '|' or '>' only '-', '+' or an indentation digit may follow; the text "
                            + "starts on the next line");
        }
        if (e instanceof ComposerException && context.startsWith("expected a single document")) {
            return error(source, at, "a second YAML document starts here; a lesson's YAML is one document");
        }
        return error(source, at, "not valid YAML: " + problem + (context.isBlank() ? "" : " (" + context + ")"));
    }

    /** A {@code ': '} where YAML does not take a new field: inside plain text, or a field indented too far. */
    private static YamlException colonInText(YamlSource source, Optional<Mark> at) {
        String line = source.lineAt(at);
        Matcher field = FIELD.matcher(line);
        int column = at.map(Mark::getColumn).orElse(0);
        if (field.lookingAt() && field.end() - 1 < column) {
            return error(
                    source,
                    at,
                    "the text of '" + field.group(1).strip() + "' holds ': ', which YAML reads as a "
                            + "new field; put the whole text in quotes: "
                            + field.group(1).strip() + ": \"...\"");
        }
        return error(source, at, "unexpected indentation at '" + line.strip() + "' " + LINE_IT_UP);
    }

    /** Something that does not belong where a block of fields or items ended. */
    private static YamlException blockEnd(String problem, String context, YamlSource source, Optional<Mark> at) {
        String line = source.lineAt(at);
        String found = problem.substring("expected <block end>, but found ".length());
        if (found.equals("'-'")) {
            return error(source, at, "a '- ' list item cannot follow 'key: value' lines here");
        }
        if (found.equals("'?'") && context.contains("block collection")) {
            return error(source, at, "expected '- ' to continue the list, got '" + line.strip() + "'");
        }
        if (found.startsWith("'<block")) {
            return error(source, at, "unexpected indentation at '" + line.strip() + "' " + LINE_IT_UP);
        }
        String rest = source.rest(at).strip();
        if (line.strip().equals(rest)) {
            return notAField(source, at);
        }
        return error(
                source,
                at,
                "unexpected text '" + rest + "' after the value (quote the whole text, or put "
                        + "it on a line of its own)");
    }

    private static YamlException cannotStart(YamlSource source, Optional<Mark> at, char c) {
        return error(source, at, "YAML text cannot start with '" + c + "'; put the text in quotes");
    }

    private static YamlException notAField(YamlSource source, Optional<Mark> at) {
        String line = source.lineAt(at);
        if (FIELD_WITHOUT_SPACE.matcher(line).matches()) {
            return error(source, at, "put a space after ':' in '" + line.strip() + "'");
        }
        return error(source, at, "expected 'field: value', got '" + line.strip() + "'");
    }

    private static YamlException error(YamlSource source, Optional<Mark> at, String message) {
        return new YamlException(source.fileLine(at), message);
    }
}
