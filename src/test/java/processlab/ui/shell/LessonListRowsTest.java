package processlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.ui.ProcessLabApp;

/**
 * The shipped lessons' rows, whose questions wrap over two or three lines: each fits in its own row, and the
 * lesson open at start-up is in view.
 */
@ExtendWith(ApplicationExtension.class)
class LessonListRowsTest {

    private ProcessLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = AppOnStage.start(stage, "--lessons", "lessons", "--lesson", "05-four-processes");
    }

    @Test
    void rowsDoNotOverlapWhereverTheListIsScrolled(FxRobot robot) throws Exception {
        AppOnStage.awaitLessons(app);
        ListView<?> list = robot.lookup("#lesson-list").queryAs(ListView.class);
        LessonCell open = robot.lookup(".lesson-cell").queryAllAs(LessonCell.class).stream()
                .filter(cell ->
                        cell.getItem() != null && cell.getItem().id().equals("05-four-processes") && cell.isVisible())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the open lesson has no "
                        + "row on screen; rows: "
                        + robot.lookup(".lesson-cell").queryAllAs(LessonCell.class).stream()
                                .filter(LessonCell::isVisible)
                                .map(c ->
                                        c.getItem() == null ? "-" : c.getItem().id())
                                .toList()));
        Bounds listBounds = list.localToScene(list.getLayoutBounds());
        Bounds openBounds = open.localToScene(open.getLayoutBounds());
        assertTrue(
                openBounds.getMinY() >= listBounds.getMinY() && openBounds.getMaxY() <= listBounds.getMaxY(),
                "the open lesson's row is in view: " + openBounds + " in " + listBounds);
        assertRowsFit(robot);
        robot.interact(() -> list.scrollTo(15));
        WaitForAsyncUtils.waitForFxEvents();
        assertRowsFit(robot);
        robot.interact(() -> list.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertRowsFit(robot);
        robot.interact(() -> list.scrollTo(9));
        WaitForAsyncUtils.waitForFxEvents();
        assertRowsFit(robot);
    }

    private static void assertRowsFit(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        List<LessonCell> cells = robot.lookup(".lesson-cell").queryAllAs(LessonCell.class).stream()
                .filter(cell -> cell.isVisible() && cell.getItem() != null)
                .sorted(Comparator.comparingDouble(
                        cell -> cell.localToScene(0, 0).getY()))
                .toList();
        for (LessonCell cell : cells) {
            Node row = cell.getGraphic();
            Bounds cellBounds = cell.localToScene(cell.getLayoutBounds());
            List<Node> texts = new ArrayList<>(row.lookupAll(".lesson-title"));
            texts.addAll(row.lookupAll(".lesson-question"));
            for (Node text : texts) {
                checked++;
                Bounds bounds = text.localToScene(text.getBoundsInLocal());
                if (text.isVisible() && bounds.getMaxY() > cellBounds.getMaxY() + 1) {
                    problems.add(cell.getItem().id() + ": text ends at " + bounds.getMaxY() + ", row at "
                            + cellBounds.getMaxY());
                    break;
                }
            }
        }
        assertTrue(checked >= 10, "rows checked: " + checked);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
