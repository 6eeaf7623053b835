package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.ui.code.TryItViewTest.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import processlab.run.TestRuns;
import processlab.tryit.EngineCodeRunner;
import processlab.ui.Classroom;
import processlab.ui.lesson.LessonPart;

/** A whole-program Java block runs with the single-file launcher; a Java fragment stays read-only. */
@ExtendWith(ApplicationExtension.class)
class JavaTryItTest {

    static final String PROGRAM = """
            public class Hello {
                public static void main(String[] args) {
                    System.out.println("hello from Java " + ProcessHandle.current().pid());
                }
            }
            """;

    @TempDir
    static Path dir;

    private Classroom classroom;
    private LessonPart part;

    @Start
    void start(Stage stage) {
        classroom = new Classroom(new EngineCodeRunner(TestRuns.environment()), ProgressStore.open(dir));
        CodeBlock block = new CodeBlock(9, "java", PROGRAM, "java", false, Optional.empty());
        Lesson lesson = new Lesson("01-x", dir.resolve("01-x.md"), "X", "", "", List.of(block), List.of());
        TryItPartFactory factory = new TryItPartFactory(classroom::newRunViewModel);
        part = factory.create(block, lesson).orElseThrow();
        CodeBlock fragment =
                new CodeBlock(20, "java", "Thread t = new Thread(work);\n", "java", false, Optional.empty());
        assertTrue(factory.create(fragment, lesson).isEmpty());
        stage.setScene(new Scene((javafx.scene.Parent) part.node(), 800, 500));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        part.stop();
        classroom.close();
    }

    @Test
    void runsAJavaProgram(FxRobot robot) throws Exception {
        TryItView view = (TryItView) part.node();
        robot.clickOn(".tryit-run");
        waitUntil(() ->
                robot.lookup(".tryit-status").queryAs(Label.class).getText().startsWith("Finished"));
        assertTrue(
                view.output().shownText().matches("(?s)\\[(\\d+)\\] hello from Java \\1\\n.*"),
                view.output().shownText());
    }
}
