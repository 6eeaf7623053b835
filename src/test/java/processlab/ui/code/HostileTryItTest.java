package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import processlab.run.Escapees;

/**
 * A student's try-it program that hides processes from the run (a setsid() child and a double-forked daemon), as
 * the app runs it: Stop, or the program's end, leaves none of them, and the block can run again.
 */
@ExtendWith(ApplicationExtension.class)
class HostileTryItTest {

    @TempDir
    static Path dir;

    private TryItOnStage tryIt;
    private Escapees escapees;

    @Start
    void start(Stage stage) {
        tryIt = TryItOnStage.show(stage, dir, "print('placeholder')\n");
    }

    @AfterEach
    void tearDown() {
        tryIt.close();
        if (escapees != null) {
            escapees.killAll();
        }
    }

    @Test
    void stopLeavesNoHiddenProcess(FxRobot robot) throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "the run box is Linux's");
        run(robot, "stop", "time.sleep(100)\n");
        escapees.awaitCount(2);
        robot.interact(() -> robot.lookup(".tryit-stop").queryButton().fire());
        TryItViewTest.waitUntil(() -> status(robot).startsWith("Stopped"));
        escapees.assertNoneLeft();
        assertFalse(robot.lookup(".tryit-run").queryButton().isDisabled(), "the block can run again");
    }

    @Test
    void theProgramsEndLeavesNoHiddenProcessAndSaysSo(FxRobot robot) throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "the run box is Linux's");
        run(robot, "end", "print('main ends', flush=True)\n");
        TryItViewTest.waitUntil(() -> status(robot).startsWith("Finished"));
        escapees.assertNoneLeft();
        assertTrue(
                tryIt.view()
                        .output()
                        .shownText()
                        .contains("2 processes still running after the main process " + "ended were stopped"),
                tryIt.view().output().shownText());
    }

    private void run(FxRobot robot, String name, String ending) {
        Path pids = dir.resolve(name + "-pids");
        escapees = new Escapees(pids);
        String code = String.join(
                "\n",
                "import os, time",
                "def hide(double):",
                "    if os.fork() == 0:",
                "        os.setsid()",
                "        if not double or os.fork() == 0:",
                "            with open(" + pythonString(pids) + ", 'a') as f: f.write('%d\\n' % os.getpid())",
                "            time.sleep(100)",
                "        os._exit(0)",
                "hide(False)",
                "hide(True)",
                "def hidden():",
                "    return len(open(" + pythonString(pids) + ").read().split()) if os.path.exists("
                        + pythonString(pids) + ") else 0",
                "while hidden() < 2: time.sleep(0.05)",
                ending);
        robot.interact(() -> {
            tryIt.view().editor().setText(code);
            robot.lookup(".tryit-run").queryButton().fire(); // the longer code pushes the button below the window
        });
    }

    private static String pythonString(Path path) {
        return "'" + path.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String status(FxRobot robot) {
        return robot.lookup(".tryit-status").queryAs(Label.class).getText();
    }
}
