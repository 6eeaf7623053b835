package processlab.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.ui.ClassroomApp;
import processlab.ui.ProcessLabApp;
import processlab.ui.code.TryItView;
import processlab.ui.shell.LessonItem;

/** Walks through lessons in presentation mode with the keyboard only. */
@ExtendWith(ApplicationExtension.class)
class PresentationAppTest {

    @TempDir
    Path dir;

    private Stage stage;
    private ProcessLabApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stopApp(FxRobot robot) {
        if (app != null) {
            robot.interact(app::stop);
        }
    }

    @Test
    void aLessonWalkedWithTheKeyboardOnly(FxRobot robot) throws Exception {
        robot.interact(() -> app = ClassroomApp.start(stage, dir, false));
        waitUntil(() -> selectedId().equals("01-processes"));
        PresentationMode mode = app.presentation().orElseThrow();
        Node sidebar = robot.lookup(".sidebar").query();

        robot.type(KeyCode.F5);
        assertTrue(mode.isActive());
        assertFalse(sidebar.isVisible(), "the lesson list is hidden");
        assertEquals(mode.presentationZoom(), mode.zoom(), 1e-9);

        ScrollPane page = (ScrollPane) app.lessonView().node();
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals("01-processes", selectedId(), "the first key moves within the lesson");
        assertTrue(page.getVvalue() > 0, "the page scrolled to the next section");

        TryItView tryIt = robot.lookup(".tryit").queryAs(TryItView.class);
        for (int i = 0; i < 12 && !onScreen(page, tryIt); i++) {
            robot.type(KeyCode.DOWN);
        }
        assertTrue(onScreen(page, tryIt), "the try-it block came into view");
        robot.type(KeyCode.R);
        waitUntil(() -> tryIt.output().shownText().contains("main program"));

        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertTrue(mode.zoom() > mode.presentationZoom());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertEquals(mode.presentationZoom(), mode.zoom(), 1e-9);

        for (int i = 0; i < 30 && selectedId().equals("01-processes"); i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        assertEquals("02-four", selectedId(), "from the end of a lesson the clicker goes to the next one");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, page.getVvalue(), 1e-9, "a new lesson starts at its top");
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.LEFT);
        assertEquals("02-four", selectedId());
        robot.type(KeyCode.PAGE_UP);
        assertEquals("01-processes", selectedId(), "from the top, back goes to the previous lesson");
        WaitForAsyncUtils.waitForFxEvents(2);
        assertTrue(app.lessonView().isEndInView(), "at its end, where the class left it");
        robot.type(KeyCode.PAGE_UP);
        assertEquals("01-processes", selectedId(), "and back again moves up within that lesson");
        assertFalse(app.lessonView().isEndInView());

        TryItView shownAgain = robot.lookup(".tryit").queryAs(TryItView.class);
        robot.interact(() -> shownAgain.editor().area().requestFocus());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals("01-processes", selectedId(), "keys typed in an editor stay in the editor");
        robot.type(KeyCode.ESCAPE);
        assertTrue(mode.isActive(), "the first Esc only leaves the editor");
        double before = page.getVvalue();
        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(page.getVvalue() > before, "the clicker works again once the editor is left");
        robot.type(KeyCode.ESCAPE);
        assertFalse(mode.isActive());
        assertTrue(sidebar.isVisible());
        assertEquals(1.0, mode.zoom(), 1e-9);
    }

    @Test
    void theKeysRunAndStopWhatIsOnScreen(FxRobot robot) throws Exception {
        robot.interact(() -> app = ClassroomApp.start(stage, dir, true));
        waitUntil(() -> selectedId().equals("01-processes"));
        for (int i = 0; i < 40 && !selectedId().equals("03-end"); i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        assertEquals("03-end", selectedId());
        TryItView tryIt = robot.lookup(".tryit").queryAs(TryItView.class);
        robot.type(KeyCode.F6);
        waitUntil(() -> tryIt.output().shownText().contains("ticking"));
        robot.type(KeyCode.S);
        waitUntil(() -> robot.lookup(".tryit-status").queryLabeled().getText().startsWith("Stopped"));
    }

    @Test
    void startsPresentingWithTheOption(FxRobot robot) throws Exception {
        boolean[] presentingBeforeTheFirstFrame = {false};
        robot.interact(() -> {
            app = ClassroomApp.start(stage, dir, true);
            // Still inside start-up, before any pulse: the first frame drawn must be the presentation.
            presentingBeforeTheFirstFrame[0] = app.presentation().orElseThrow().isActive();
        });
        assertTrue(presentingBeforeTheFirstFrame[0]);
        waitUntil(() -> selectedId().equals("01-processes"));
        assertTrue(app.presentation().orElseThrow().isActive());
        assertFalse(robot.lookup(".sidebar").query().isVisible());
        robot.type(KeyCode.F5);
        assertFalse(app.presentation().orElseThrow().isActive());
    }

    private static boolean onScreen(ScrollPane page, Node node) {
        Bounds view = page.localToScene(page.getLayoutBounds());
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return bounds.getMinY() >= view.getMinY() - 1 && bounds.getMinY() < view.getMaxY() - 40;
    }

    private String selectedId() {
        return app.viewModel().selected().map(LessonItem::id).orElse("");
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
