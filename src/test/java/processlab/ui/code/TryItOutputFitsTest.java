package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.ui.code.TryItViewTest.waitUntil;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import processlab.ui.output.OutputPanel;

/**
 * A short output shows whole: the panel grows to hold every line, so none is cut at the top and no scroll bar
 * appears. Seen in the app: five lines from lesson 5's try-it showed the first one cut in half, an empty line
 * under the last, and a scroll bar.
 */
class TryItOutputFitsTest extends TryItFxTest {

    @Override
    String code() {
        return "for n in range(5):\n    print('line', n, flush=True)\n";
    }

    @BeforeEach
    void styleAsTheApp(FxRobot robot) {
        tryIt.close();
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        robot.interact(() -> {
            tryIt = TryItOnStage.showStyled(stage, dir, code());
            // The page's type size, as a lesson page sets it (the app's 16 px, not the scene's 14 px).
            ((ScrollPane) stage.getScene().getRoot())
                    .getContent()
                    .getStyleClass()
                    .add("lesson-page");
        });
        view = tryIt.view();
    }

    @Test
    void aFewLinesOfOutputShowWholeWithoutAScrollBar(FxRobot robot) throws Exception {
        robot.clickOn(".tryit-run");
        waitUntil(() -> view.output().shownText().contains("line 4"));
        waitUntil(() -> robot.lookup(".tryit-status").queryLabeled().getText().startsWith("Finished"));
        WaitForAsyncUtils.waitForFxEvents();
        OutputPanel output = view.output();
        var area = output.area();
        Bounds panel = output.localToScene(output.getLayoutBounds());
        assertEquals(0, area.firstVisibleParToAllParIndex(), "the first line is on screen");
        assertEquals(0.0, area.getEstimatedScrollY(), 0.5, "the output is not scrolled: its first line is whole");
        assertTrue(
                robot.lookup(".run-output .scroll-bar:vertical").queryAll().stream()
                        .map(ScrollBar.class::cast)
                        .noneMatch(Node::isVisible),
                "no scroll bar for five lines; panel " + panel);
    }
}
