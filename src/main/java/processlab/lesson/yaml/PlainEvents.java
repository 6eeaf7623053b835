package processlab.lesson.yaml;

import java.util.Optional;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * The parser's events on their way to the composer, stopped at the first YAML feature lessons do not use:
 * anchors ({@code &a}), aliases ({@code *a}, so also merge keys {@code <<: *a}) and tags ({@code !!str}). Taken as
 * text they would read differently than in any YAML tool, and an alias repeats a value the reader cannot see
 * where it stands. Lists and maps nested deeper than {@link #MAX_DEPTH} are stopped here too, before the composer,
 * which builds nodes recursively, could run out of stack.
 */
final class PlainEvents implements Parser {

    /** Lessons nest three levels (a quiz: list, question, choices); far below what the composer's stack holds. */
    static final int MAX_DEPTH = 20;

    /** Thrown out of the composer, which only passes runtime exceptions; {@link YamlReader} unwraps it. */
    static final class Refused extends RuntimeException {

        final transient YamlException error;

        Refused(YamlException error) {
            super(error.getMessage(), null, false, false);
            this.error = error;
        }
    }

    private final Parser parser;
    private final YamlSource source;
    private int depth;

    PlainEvents(Parser parser, YamlSource source) {
        this.parser = parser;
        this.source = source;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        if (event instanceof AliasEvent) {
            throw refuse(event, '*', "alias");
        }
        if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
            throw refuse(event, '&', "anchor");
        }
        Optional<String> tag = event instanceof ScalarEvent scalar
                ? scalar.getTag()
                : event instanceof CollectionStartEvent collection ? collection.getTag() : Optional.empty();
        if (tag.isPresent()) {
            throw refuse(event, '!', "tag");
        }
        if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
            throw new Refused(new YamlException(
                    source.fileLine(event.getStartMark()),
                    "lists or maps nested more than " + MAX_DEPTH + " levels deep; a lesson needs a few"));
        }
        if (event.getEventId() == Event.ID.SequenceEnd || event.getEventId() == Event.ID.MappingEnd) {
            depth--;
        }
        return event;
    }

    /** Names the anchor, alias or tag as written; the node's start mark may stand on an anchor before a tag. */
    private Refused refuse(Event event, char first, String what) {
        String rest = source.rest(event.getStartMark());
        int start = Math.max(0, rest.indexOf(first));
        int end = start + 1;
        while (end < rest.length() && " \t,[]{}".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String written = rest.isEmpty() ? String.valueOf(first) : rest.substring(start, end);
        return new Refused(new YamlException(
                source.fileLine(event.getStartMark()),
                "'" + written + "' is a YAML "
                        + what + ", which lessons do not use: write the value out (quote text that starts with '"
                        + first
                        + "')"));
    }
}
