package processlab.lesson.yaml;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * The YAML text being read and where it stands in the lesson file, so that every position snakeyaml-engine
 * reports (0-based, within the text) becomes a 1-based line of the original file.
 */
record YamlSource(String[] lines, int firstLine) {

    static YamlSource of(String text, int firstLine) {
        return new YamlSource(text.split("\n", -1), firstLine);
    }

    /** The file line of a mark; a mark past the last line (the end of the text) counts as the last line. */
    int fileLine(Optional<Mark> mark) {
        return firstLine + index(mark);
    }

    /** The 0-based line of a mark within the text, kept inside the text. */
    int index(Optional<Mark> mark) {
        int line = mark.map(Mark::getLine).orElse(0);
        return Math.max(0, Math.min(line, lines.length - 1));
    }

    /** The text of the mark's line. */
    String lineAt(Optional<Mark> mark) {
        return lines[index(mark)];
    }

    /** The text from the mark to the end of its line; empty when the mark lies past its line's end. */
    String rest(Optional<Mark> mark) {
        String line = lineAt(mark);
        int column = mark.map(Mark::getColumn).orElse(0);
        return mark.isPresent() && mark.get().getLine() == index(mark) && column < line.length()
                ? line.substring(column)
                : "";
    }
}
