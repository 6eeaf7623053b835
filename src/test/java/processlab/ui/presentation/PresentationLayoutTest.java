package processlab.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Screen;
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
import processlab.ui.shell.LessonItem;

/** What presentation mode looks like from the back of a room: type size, zoom steps, answered quizzes. */
@ExtendWith(ApplicationExtension.class)
class PresentationLayoutTest {

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

    private PresentationMode present(FxRobot robot) throws Exception {
        robot.interact(() -> app = ClassroomApp.start(stage, dir, true));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> app.viewModel().selected().map(LessonItem::id).orElse("").equals("01-processes"));
        WaitForAsyncUtils.waitForFxEvents();
        return app.presentation().orElseThrow();
    }

    @Test
    void bodyTextIsSlideSizedOnA1080PixelScreen(FxRobot robot) throws Exception {
        PresentationMode mode = present(robot);
        Rectangle2D screen = Screen.getPrimary().getBounds();
        assertEquals(
                PresentationMode.presentationZoom(screen.getHeight()),
                mode.zoom(),
                1e-9,
                "the zoom follows the screen's height");
        assertEquals(screen.getHeight(), stage.getHeight(), 1, "the window takes the screen");
        assertEquals(screen.getWidth(), stage.getWidth(), 1, "the window takes the screen");

        List<Text> body = robot.lookup(".paragraph .md-text").queryAllAs(Text.class).stream()
                .toList();
        assertFalse(body.isEmpty());
        double zoomAt1080 = PresentationMode.presentationZoom(1080);
        for (Text text : body) {
            double onScreen = text.getFont().getSize() * zoomAt1080;
            assertTrue(onScreen >= 32, "body text at 1080p: " + onScreen + " px (" + text.getText() + ")");
        }
        // A smaller projector gets the same picture, smaller: text keeps its share of the screen's height.
        assertEquals(zoomAt1080 * 768 / 1080, PresentationMode.presentationZoom(768), 1e-9);
    }

    @Test
    void oneZoomStepIsAQuarter(FxRobot robot) throws Exception {
        PresentationMode mode = present(robot);
        double before = mode.zoom();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertTrue(mode.zoom() / before >= 1.25 - 1e-9, "Ctrl+plus went from " + before + " to " + mode.zoom());
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        assertEquals(before, mode.zoom(), 1e-9);
    }

    @Test
    void answeredQuizChoicesStayReadable(FxRobot robot) throws Exception {
        present(robot);
        List<RadioButton> choices = robot.lookup(".quiz-choice").queryAllAs(RadioButton.class).stream()
                .toList();
        assertFalse(choices.isEmpty());
        robot.interact(() -> {
            choices.get(1).fire();
            robot.lookup(".quiz-check").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(choices.get(0).isDisabled(), "an answered question takes no other choice");
        for (RadioButton choice : choices) {
            for (Node node = choice; node != null; node = node.getParent()) {
                assertEquals(1.0, node.getOpacity(), 1e-9, "'" + choice.getText() + "' is dimmed by " + node);
            }
            Node dot = choice.lookup(".radio");
            assertEquals(1.0, dot.getOpacity(), 1e-9, "the radio mark of '" + choice.getText() + "' is dimmed");
        }
        assertTrue(
                choices.get(1).getFont().getStyle().toLowerCase().contains("bold"),
                "the chosen answer is marked: " + choices.get(1).getFont());
    }
}
