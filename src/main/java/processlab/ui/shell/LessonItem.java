package processlab.ui.shell;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import processlab.lesson.Block;
import processlab.lesson.Lesson;

/**
 * One row of the lesson list: the lesson, its number, and a done-mark that progress tracking sets later.
 */
public final class LessonItem {

    private final Lesson lesson;
    private final int number;
    private final int position;
    private final BooleanProperty done = new SimpleBooleanProperty(this, "done", false);
    private final String searchText;
    private String hiddenText;

    public LessonItem(Lesson lesson, int position) {
        this.lesson = lesson;
        this.number = numberOf(lesson.id(), position);
        this.position = position;
        this.searchText = (lesson.title() + "\n" + lesson.question() + "\n" + lesson.summary() + "\n"
                        + lesson.blocks().stream().map(Block::body).collect(Collectors.joining("\n")))
                .toLowerCase(Locale.ROOT);
    }

    /** The leading digits of the id ({@code 03-pools} → 3), so numbers match file names; else the position. */
    private static int numberOf(String id, int position) {
        int end = 0;
        while (end < id.length() && end < 4 && Character.isDigit(id.charAt(end))) {
            end++;
        }
        return end == 0 ? position : Integer.parseInt(id.substring(0, end));
    }

    public Lesson lesson() {
        return lesson;
    }

    public String id() {
        return lesson.id();
    }

    public int number() {
        return number;
    }

    /** Where the lesson stands in the list, from 1; its {@link #number()} may differ (01, 05, 26…). */
    public int position() {
        return position;
    }

    public String title() {
        return lesson.title().isBlank() ? lesson.id() : lesson.title();
    }

    /** What the row shows under the title: the question, else the summary. */
    public String subtitle() {
        return lesson.question().isBlank() ? lesson.summary() : lesson.question();
    }

    /**
     * The searched text the row does not show (summary and body) as one line of plain prose, for search
     * excerpts. Made on first use: most sessions never search, and start-up makes every item.
     */
    String hiddenText() {
        if (hiddenText == null) {
            String body = lesson.blocks().stream().map(Block::body).collect(Collectors.joining("\n"));
            String summary = lesson.question().isBlank() ? "" : lesson.summary() + "\n";
            hiddenText = (summary + body)
                    .replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1") // [text](link) reads as text
                    .replaceAll("(?m)^#+\\s*", "")
                    .replaceAll("(?m)^[-:| ]*-[-:| ]*$", "") // a table's rule line
                    .replace("|", " ")
                    .replace("**", "")
                    .replace("`", "")
                    .replaceAll("\\s+", " ")
                    .strip();
        }
        return hiddenText;
    }

    public BooleanProperty doneProperty() {
        return done;
    }

    /** Whether every whitespace-separated term of the query appears in the title, question or body. */
    public boolean matches(String query) {
        for (String term : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!term.isEmpty() && !searchText.contains(term)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return number + " " + title();
    }
}
