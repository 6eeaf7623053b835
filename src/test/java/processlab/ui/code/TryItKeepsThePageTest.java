package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.ui.code.TryItViewTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import processlab.lesson.Block;
import processlab.lesson.CodeBlock;
import processlab.progress.ProgressStore;
import processlab.run.TestRuns;
import processlab.tryit.EngineCodeRunner;
import processlab.ui.AppLook;
import processlab.ui.Classroom;
import processlab.ui.TestLessons;
import processlab.ui.lesson.LessonView;

/**
 * A try-it run inside a real lesson page: when it ends, the page stays where the student scrolled it to read the
 * output. (It used to jump: the Stop button, focused and then disabled, passed the focus on to Reset, and the
 * page's scroll pane scrolls any node that receives the focus that way into view.)
 */
@ExtendWith(ApplicationExtension.class)
class TryItKeepsThePageTest {

    @TempDir
    static Path dir;

    private Classroom classroom;
    private LessonView lessons;

    @Start
    void start(Stage stage) {
        classroom = new Classroom(new EngineCodeRunner(TestRuns.environment()), ProgressStore.open(dir));
        lessons = new LessonView(List.of(new TryItPartFactory(classroom::newRunViewModel)), url -> {});
        AppLook.show(stage, (javafx.scene.Parent) lessons.node(), 900, 600);
        stage.toFront();
        stage.requestFocus();
    }

    @AfterEach
    void tearDown() {
        lessons.stopParts();
        classroom.close();
    }

    @Test
    void thePageStaysWhereItWasWhenARunEnds(FxRobot robot) throws Exception {
        // The run waits for this file, so the test scrolls while it is surely still going.
        Path go = dir.resolve("go");
        String code = "import os, time\nprint('started', flush=True)\n" + "while not os.path.exists(r'" + go
                + "'):\n    time.sleep(0.02)\nprint('ended')\n";
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            blocks.add(TestLessons.markdown("## Before " + i + "\n\nSome text to read before the code."));
        }
        // With a Java tab beside it, as in the lessons: the try-it sits inside a tab pane.
        blocks.add(new CodeBlock(20, "python run", code, "python", true, Optional.empty()));
        blocks.add(TestLessons.code("java", "class Fragment {}\n"));
        for (int i = 0; i < 12; i++) {
            blocks.add(TestLessons.markdown("## After " + i + "\n\nSome text to read after the code."));
        }
        robot.interact(() -> {
            lessons.show(TestLessons.lesson("01-run", "Run", "", blocks.toArray(Block[]::new)));
            lessons.finishBuilding();
        });
        TryItView tryIt = robot.lookup(".tryit").queryAs(TryItView.class);
        robot.interact(() -> lessons.reveal(tryIt));
        robot.clickOn(".tryit-run");
        waitUntil(() -> tryIt.output().shownText().contains("started"));

        // The student scrolls down to the output: the buttons go out of sight above.
        ScrollPane page = (ScrollPane) lessons.node();
        robot.interact(() -> lessons.reveal(tryIt.output()));
        double outputTop = tryIt.output().localToScene(0, 0).getY();
        assertFalse(visible(page, robot.lookup(".tryit-stop").query()), "the buttons are above the view");

        Files.writeString(go, "");
        waitUntil(() -> status(robot).startsWith("Finished"));
        assertTrue(tryIt.output().shownText().contains("ended"), tryIt.output().shownText());
        // Pixels, not the scroll value: the page below the view grew, so the same place is a smaller fraction.
        assertEquals(outputTop, tryIt.output().localToScene(0, 0).getY(), 1, "the page stayed when the run ended");
        assertTrue(visible(page, tryIt.output()), "the output is still in view");
    }

    private static String status(FxRobot robot) {
        return robot.lookup(".tryit-status").queryAs(Label.class).getText();
    }

    /** Whether part of the node shows in the page's viewport. */
    private static boolean visible(ScrollPane page, Node node) {
        Bounds view = page.localToScene(page.getLayoutBounds());
        Bounds shown = node.localToScene(node.getLayoutBounds());
        return shown.getMaxY() > view.getMinY() + 1 && shown.getMinY() < view.getMaxY() - 1;
    }
}
