package processlab.ui.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a search's words occur in a piece of text, so the lesson list can show why a lesson matched: the text cut
 * into plain and matched runs, and for a lesson that matched only in its body, a short excerpt around the match.
 * Plain Java (no toolkit), the same rule as {@link LessonItem#matches}: every word, anywhere, any case.
 */
final class SearchHighlight {

    /** One run of text: a matched word or the text between matches. */
    record Segment(String text, boolean match) {}

    private static final int BEFORE = 30;
    private static final int AFTER = 70;

    private final List<String> terms;
    private final Pattern anyTerm;

    SearchHighlight(String query) {
        this.terms = Arrays.stream(query == null ? new String[0] : query.trim().split("\\s+"))
                .filter(term -> !term.isEmpty())
                .toList();
        this.anyTerm = terms.isEmpty()
                ? null
                : Pattern.compile(
                        terms.stream().map(Pattern::quote).collect(Collectors.joining("|")),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The text cut into runs; one plain run when nothing matches (or the query is empty). */
    List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        int plainFrom = 0;
        if (anyTerm != null) {
            Matcher matcher = anyTerm.matcher(text);
            while (matcher.find()) {
                if (matcher.start() > plainFrom) {
                    segments.add(new Segment(text.substring(plainFrom, matcher.start()), false));
                }
                segments.add(new Segment(matcher.group(), true));
                plainFrom = matcher.end();
            }
        }
        if (plainFrom < text.length() || segments.isEmpty()) {
            segments.add(new Segment(text.substring(plainFrom), false));
        }
        return segments;
    }

    /**
     * When some word is in none of {@code shown} (the title and question the row shows), an excerpt of
     * {@code hidden} around that word's first occurrence: the student sees where the lesson matched.
     */
    Optional<String> excerpt(List<String> shown, String hidden) {
        for (String term : terms) {
            Pattern word = Pattern.compile(Pattern.quote(term), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            if (shown.stream().anyMatch(text -> word.matcher(text).find())) {
                continue;
            }
            Matcher matcher = word.matcher(hidden);
            if (matcher.find()) {
                return Optional.of(around(hidden, matcher.start(), matcher.end()));
            }
        }
        return Optional.empty();
    }

    /** Whole words around {@code [start, end)}, with an ellipsis where the text goes on. */
    private static String around(String text, int start, int end) {
        int from = Math.max(0, start - BEFORE);
        int to = Math.min(text.length(), end + AFTER);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > end ? space : to;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }
}
