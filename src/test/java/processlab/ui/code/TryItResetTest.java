package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.ui.code.TryItViewTest.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import processlab.lesson.CodeBlock;
import processlab.lesson.Lesson;
import processlab.progress.ProgressStore;
import processlab.tryit.EngineCodeRunner;
import processlab.ui.Classroom;
import processlab.ui.lesson.LessonPart;

/** Reset brings back the lesson's code and forgets the run of the code it replaces: output, error, status. */
@ExtendWith(ApplicationExtension.class)
class TryItResetTest {

    /** Meant to fail, as some lesson blocks are: Reset then gives back the same text. */
    static final String FAILING = "print('before the error')\nprint(undefined_name)\n";

    @TempDir
    static Path dir;

    private Classroom classroom;
    private LessonPart part;
    private TryItView view;

    @Start
    void start(Stage stage) {
        classroom = new Classroom(new EngineCodeRunner(), ProgressStore.open(dir));
        CodeBlock block = new CodeBlock(5, "python run", FAILING, "python", true, Optional.empty());
        Lesson lesson = new Lesson("01-x", dir.resolve("01-x.md"), "X", "", "", List.of(block), List.of());
        part = new TryItPartFactory(classroom).create(block, lesson).orElseThrow();
        view = (TryItView) part.node();
        stage.setScene(new Scene(new ScrollPane(new VBox(view)), 800, 600));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        part.stop();
        classroom.close();
    }

    @Test
    void resetClearsTheLastRunsOutputAndError(FxRobot robot) throws Exception {
        robot.clickOn(".tryit-run");
        waitUntil(() -> status(robot).startsWith("Error on line 2"));
        assertTrue(view.output().isVisible());
        assertEquals(2, view.editor().errorLine());

        robot.clickOn(".tryit-reset");
        assertEquals(FAILING, view.editor().text());
        assertEquals("", status(robot), "no status of a run of other code");
        assertFalse(robot.lookup(".tryit-status").query().getStyleClass().contains("error"));
        assertFalse(view.output().isVisible(), "no output until the next run");
        assertEquals("", view.output().shownText());
        assertEquals(0, view.editor().errorLine(), "the error mark went with the error");
    }

    @Test
    void resetWaitsForTheRunToEnd(FxRobot robot) throws Exception {
        robot.interact(() -> view.editor().setText("import time\nprint('going', flush=True)\ntime.sleep(30)\n"));
        robot.clickOn(".tryit-run");
        waitUntil(() -> view.output().shownText().contains("going"));
        assertTrue(robot.lookup(".tryit-reset").queryButton().isDisabled(), "the output is of the code running");
        robot.clickOn(".tryit-stop");
        waitUntil(() -> status(robot).startsWith("Stopped"));
        robot.clickOn(".tryit-reset");
        assertEquals(FAILING, view.editor().text());
        assertFalse(view.output().isVisible());
        assertEquals("", status(robot));
    }

    private static String status(FxRobot robot) {
        return robot.lookup(".tryit-status").queryAs(Label.class).getText();
    }
}
