package processlab.lesson;

import java.util.List;
import java.util.Locale;

/**
 * A fenced block as found in the file, before its info string gives it a behaviour.
 *
 * @param line   the 1-based line of the opening fence
 * @param fence  the opening fence itself, e.g. {@code ```} or {@code ~~~~}
 * @param info   the info string, trimmed
 * @param body   the lines between the fences, joined with {@code \n} (no trailing newline)
 * @param closed whether a closing fence was found before the end of the file
 */
record FencedSection(int line, String fence, String info, String body, boolean closed) implements BodySection {

    /** The info string's words: the language first, then its options. */
    List<String> words() {
        return info.isBlank() ? List.of() : List.of(info.strip().split("\\s+"));
    }

    /** The first word of the info string, lower case; {@code text} when there is none. */
    String language() {
        return words().isEmpty() ? "text" : words().get(0).toLowerCase(Locale.ROOT);
    }
}
