package processlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.ui.ProcessLabApp;

/** Searching the lesson list as a student does: an empty result says so, and found words are marked. */
@ExtendWith(ApplicationExtension.class)
class ShellSearchTest {

    private ProcessLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = AppOnStage.start(stage, "--lessons", "src/test/resources/ui-lessons");
    }

    @BeforeEach
    void waitForLessons() throws Exception {
        AppOnStage.awaitLessons(app);
    }

    @Test
    void aSearchWithoutMatchesSaysSoRightUnderTheSearchBox(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("zzz");
        ListView<?> list = robot.lookup("#lesson-list").queryAs(ListView.class);
        Label message = robot.from(list)
                .lookup((Node n) -> n instanceof Label label && label.getText().startsWith("No lesson matches"))
                .queryAs(Label.class);
        assertEquals("No lesson matches “zzz”", message.getText());
        assertTrue(message.isVisible() && message.getScene() != null, "the message is on screen");
        Bounds listBounds = list.localToScene(list.getLayoutBounds());
        Bounds messageBounds = message.localToScene(message.getLayoutBounds());
        assertTrue(
                messageBounds.getMinY() - listBounds.getMinY() < 40,
                "the message is at the top of the list, where the student looks, not lost in its middle: "
                        + messageBounds + " in " + listBounds);

        robot.clickOn("#clear-search");
        assertEquals(3, list.getItems().size(), "Clear search brings every lesson back");
        assertEquals("", robot.lookup("#search").queryTextInputControl().getText());
    }

    @Test
    void theWordsFoundAreMarkedInTheRows(FxRobot robot) {
        robot.clickOn("#search").write("pool");
        assertEquals(List.of("Pool", "Pool"), matchedRuns(robot, 0), "marked in the title and in the question");

        robot.clickOn("#search").type(KeyCode.ESCAPE);
        assertEquals(List.of(), matchedRuns(robot, 0), "no marks without a search");

        // "zebra" is only in the lesson's text: the row shows the words around it.
        robot.clickOn("#search").write("zebra");
        assertEquals(List.of("zebra"), matchedRuns(robot, 0));
        Text excerpt = robot.lookup(".lesson-cell .lesson-excerpt").nth(0).queryAs(Text.class);
        assertTrue(excerpt.getText().contains("hands them tasks, so the ") && excerpt.isVisible(), excerpt.getText());
    }

    private static List<String> matchedRuns(FxRobot robot, int row) {
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".lesson-cell").nth(row).query();
        return cell.lookupAll(".search-match").stream()
                .filter(Node::isVisible)
                .map(n -> ((Text) n).getText())
                .toList();
    }
}
