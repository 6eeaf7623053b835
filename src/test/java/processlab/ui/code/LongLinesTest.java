package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.ui.code.TryItViewTest.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.lesson.CodeBlock;
import processlab.lesson.ExerciseBlock;
import processlab.lesson.ExerciseCheck;
import processlab.lesson.Lesson;
import processlab.progress.ProgressStore;
import processlab.run.TestRuns;
import processlab.tryit.EngineCodeRunner;
import processlab.ui.AppLook;
import processlab.ui.Classroom;
import processlab.ui.lesson.CodeBlockView;

/**
 * A line longer than its block is cut at the block's edge; a visible horizontal scroll bar reaches its end: in a
 * read-only block, in a try-it block before and after it becomes editable, and in an exercise.
 */
@ExtendWith(ApplicationExtension.class)
class LongLinesTest {

    static final String LONG = "import os\nprint(\"a long line: \", os.getpid(), os.getppid(), \"and more words to "
            + "make it longer than the block is wide, much longer\", sep=\" | \", end=\"!\\n\", flush=True)\n";

    @TempDir
    static Path dir;

    private Classroom classroom;
    private Node readOnly;
    private TryItView tryIt;
    private ExerciseView exercise;

    @Start
    void start(Stage stage) {
        classroom = new Classroom(new EngineCodeRunner(TestRuns.environment()), ProgressStore.open(dir));
        CodeBlock block = new CodeBlock(5, "python run", LONG, "python", true, Optional.empty());
        Lesson lesson = new Lesson("01-x", dir.resolve("01-x.md"), "X", "", "", List.of(block), List.of());
        tryIt = (TryItView) new TryItPartFactory(classroom::newRunViewModel)
                .create(block, lesson)
                .orElseThrow()
                .node();
        ExerciseBlock task =
                new ExerciseBlock(9, "exercise", "", "long", "Long", "Run it.", ExerciseCheck.FOUR_PROCESSES, LONG);
        exercise = (ExerciseView) new ExercisePartFactory(classroom.progress(), classroom::newRunViewModel)
                .create(task, lesson)
                .orElseThrow()
                .node();
        readOnly = CodeBlockView.create(LONG, "python", Optional.empty());
        VBox page = new VBox(12, readOnly, tryIt, exercise);
        AppLook.show(stage, page, 600, 900);
    }

    @AfterEach
    void tearDown() {
        classroom.close();
    }

    @Test
    void theEndOfALongLineIsReachableInEveryKindOfBlock(FxRobot robot) throws Exception {
        reachable(robot, readOnly, "read-only block");
        reachable(robot, tryIt.editor(), "try-it block before its first use");
        reachable(robot, exercise.editor(), "exercise before its first use");
        robot.interact(() -> {
            tryIt.editor().area();
            exercise.editor().area();
        });
        waitUntil(() -> tryIt.editor().area().getTotalHeightEstimate() > 0
                && exercise.editor().area().getTotalHeightEstimate() > 0);
        reachable(robot, tryIt.editor(), "editable try-it block");
        reachable(robot, exercise.editor(), "editable exercise");
    }

    /** The block cuts the line, shows a horizontal bar, and shows the line's end once scrolled to the right. */
    private static void reachable(FxRobot robot, Node block, String which) {
        assertTrue(!shows(block, "True"), which + ": the line is cut at first");
        ScrollBar bar = robot.from(block).lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible() && b.getHeight() > 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError(which + ": no horizontal scroll bar shows"));
        assertTrue(bar.getOpacity() > 0 && inside(bar, block), which + ": the bar is on the block");
        Optional<Double> numbers = numbersLeft(block);
        robot.interact(() -> bar.setValue(bar.getMax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shows(block, "True"), which + ": scrolled to the right, the line's end shows");
        assertEquals(numbers, numbersLeft(block), which + ": the line numbers stay put, as in the editor");
        robot.interact(() -> bar.setValue(bar.getMin()));
    }

    /** Where the number of line 1 is, if the block has line numbers. */
    private static Optional<Double> numbersLeft(Node block) {
        return CodeEditorLooksTest.texts(block).stream()
                .filter(t -> t.getText().strip().startsWith("1"))
                .filter(t ->
                        t.getText().matches("[\\d\\s]+") && !t.getStyleClass().contains("number"))
                .findFirst()
                .map(t -> t.localToScreen(t.getLayoutBounds()).getMinX());
    }

    /** Whether a text of the block ending with {@code end} has its last character inside the block's bounds. */
    private static boolean shows(Node block, String end) {
        Bounds box = block.localToScreen(block.getLayoutBounds());
        return CodeEditorLooksTest.texts(block).stream()
                .filter(t -> t.getText().contains(end))
                .anyMatch(t -> {
                    Bounds text = t.localToScreen(t.getLayoutBounds());
                    return text.getMaxX() <= box.getMaxX() + 0.5 && text.getMaxX() > box.getMinX();
                });
    }

    private static boolean inside(Node node, Node block) {
        Bounds outer = block.localToScreen(block.getLayoutBounds());
        Bounds inner = node.localToScreen(node.getLayoutBounds());
        return outer.contains(inner.getMinX() + 1, inner.getCenterY());
    }
}
