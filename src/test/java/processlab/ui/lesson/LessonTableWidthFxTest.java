package processlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.ui.AppLook;
import processlab.ui.TestLessons;

/**
 * A table on a page as narrow as presentation mode makes it (a 1024x768 projector, or one zoom step in at 1080p:
 * some 640-770 px): the page still fits its width, and no column is narrower than its longest word.
 */
@ExtendWith(ApplicationExtension.class)
class LessonTableWidthFxTest {

    /** Lesson 9's table: a short first column holding one long unbreakable name. */
    private static final String TABLE = """
            | tool | how | good for |
            |---|---|---|
            | `Queue` | sends pickled copies; many writers and readers | results from many workers |
            | `Pipe()` | two connected ends; `send` / `recv` pickle too | a conversation between two processes |
            | `Value`, `Array` | a number or array of C type in shared memory | counters, flags, small numeric data |
            | `shared_memory.SharedMemory` (3.8+) | a raw block of bytes, no pickling | large data without copying |
            | `Manager()` | a server process that holds objects for everyone | flexible shared lists and dicts, slower |
            """;

    private LessonView view;

    @Start
    void start(Stage stage) {
        view = new LessonView(List.of(), url -> {});
        AppLook.show(stage, (javafx.scene.Parent) view.node(), 640, 600);
    }

    @Test
    void aTableFitsANarrowPageWithEveryWordWhole(FxRobot robot) {
        robot.interact(() -> view.show(TestLessons.lesson(
                "09-a", "Sharing data", "", TestLessons.markdown("Some text before the table.\n\n" + TABLE))));
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroller = (ScrollPane) view.node();
        Node page = robot.lookup("#lesson-content").query();
        double room = scroller.getViewportBounds().getWidth();
        double pageRight = page.localToScene(page.getLayoutBounds()).getMaxX();
        assertTrue(
                pageRight <= scroller.localToScene(scroller.getLayoutBounds()).getMaxX() + 1,
                "the page is wider than its " + room + "-px view: it scrolls sideways and cuts every line");

        Text longName = robot.lookup(".md-table .md-text").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().contains("shared_memory.SharedMemory"))
                .findFirst()
                .orElseThrow();
        Region cell = (Region) longName.getParent().getParent();
        Text measure = new Text(longName.getText());
        measure.setFont(longName.getFont());
        double needed = measure.getLayoutBounds().getWidth() + cell.snappedLeftInset() + cell.snappedRightInset();
        Bounds cellBounds = cell.getLayoutBounds();
        assertTrue(
                cellBounds.getWidth() >= needed - 0.5,
                "the long name is broken: its cell is " + cellBounds.getWidth() + " px, it needs " + needed);
    }
}
