package processlab.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import processlab.progress.ProgressStore;
import processlab.ui.AppFxTest;
import processlab.ui.ClassroomApp;
import processlab.ui.shell.LessonItem;

/** Progress through the real app: kept across a restart, and a damaged file set aside with a message. */
class ProgressAppTest extends AppFxTest {

    @TempDir
    Path dir;

    @Test
    void progressIsKeptAcrossARestart(FxRobot robot) throws Exception {
        launch(robot);
        waitUntil(() -> selectedId().equals("01-processes"));
        RadioButton right = robot.lookup(".quiz-choice").queryAllAs(RadioButton.class).stream()
                .filter(r -> r.getText().startsWith("No"))
                .findFirst()
                .orElseThrow();
        robot.interact(right::fire);
        robot.interact(
                () -> ((javafx.scene.control.Button) robot.lookup(".quiz-check").query()).fire());
        assertTrue(robot.lookup(".quiz-feedback").query().getStyleClass().contains("right"));
        robot.interact(() -> ((javafx.scene.control.ScrollPane) app.lessonView().node()).setVvalue(1));
        waitUntil(() -> item("01-processes").doneProperty().get()); // its end was on screen, its quiz answered
        robot.interact(() -> app.viewModel().next());
        waitUntil(() -> selectedId().equals("02-four"));

        robot.interact(app::stop);
        List<String> opened = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            app = ClassroomApp.start(stage, dir, false);
            app.viewModel().selected().ifPresent(item -> opened.add(item.id()));
            app.viewModel().selectedProperty().addListener((obs, old, item) -> {
                if (item != null) {
                    opened.add(item.id());
                }
            });
        });
        waitUntil(() -> selectedId().equals("02-four"));
        assertEquals(List.of("02-four"), opened, "the lesson last open is the first one shown, not lesson 1");
        assertTrue(item("01-processes").doneProperty().get());
        // (02-four is short and has no quiz: it counts as done as soon as its end has been on screen, which may
        // happen before or after the restart, so its mark says nothing about what was kept.)
        robot.interact(() -> app.viewModel().previous());
        waitUntil(() -> selectedId().equals("01-processes"));
        Node feedback = robot.lookup(".quiz-feedback").query();
        assertTrue(feedback.isVisible() && feedback.getStyleClass().contains("right"), "the quiz answer came back");
    }

    @Test
    void aCorruptProgressFileIsSetAsideWithAMessage(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve(ProgressStore.FILE_NAME), "{\"lessonsRead\": [\"01-proc");
        launch(robot);
        waitUntil(() -> robot.lookup("#progress-message").tryQuery().isPresent());
        DialogPane message = robot.lookup("#progress-message").queryAs(DialogPane.class);
        assertTrue(message.getContentText().contains("could not be read"), message.getContentText());
        robot.interact(() -> message.getScene().getWindow().hide());
        waitUntil(() -> selectedId().equals("01-processes"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    1,
                    files.filter(p -> p.getFileName().toString().contains(".damaged-"))
                            .count());
        }
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        waitUntil(() -> selectedId().equals("02-four"));
    }

    @Test
    void aSaveThatFailsIsShownInFullBelowTheTitleBarWhichKeepsItsName(FxRobot robot) throws Exception {
        Path config = dir.resolve("config");
        robot.interact(() -> app = ClassroomApp.start(stage, config, false));
        double width = stage.getWidth();
        robot.interact(() -> stage.setWidth(1000)); // narrower than the notice's one line: it must wrap
        try {
            showsAFailedSaveInFull(robot, config);
        } finally {
            robot.interact(() -> stage.setWidth(width)); // the stage is shared with the test classes after this one
        }
    }

    private void showsAFailedSaveInFull(FxRobot robot, Path config) throws Exception {
        waitUntil(() -> selectedId().equals("01-processes")
                && app.shell().completeProperty().get());
        waitUntil(() -> Files.exists(config.resolve(ProgressStore.FILE_NAME)));
        String lessonsStatus = statusText(robot);
        // The folder goes away and a file takes its place: every later save fails.
        Files.delete(config.resolve(ProgressStore.FILE_NAME));
        Files.delete(config);
        Files.writeString(config, "a file where the config folder should be");

        robot.interact(() -> ((javafx.scene.control.ScrollPane) app.lessonView().node()).setVvalue(1));
        RadioButton answer = robot.lookup(".quiz-choice")
                .queryAllAs(RadioButton.class)
                .iterator()
                .next();
        robot.interact(answer::fire);
        robot.interact(
                () -> ((javafx.scene.control.Button) robot.lookup(".quiz-check").query()).fire());
        waitUntil(() -> robot.lookup("#notice").tryQuery().map(Node::isVisible).orElse(false));
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        assertTrue(notice.getText().startsWith("Progress could not be saved to " + config), notice.getText());
        assertTrue(notice.getText().endsWith("Your answers this session are kept in memory."), notice.getText());
        assertEquals(notice.getText(), shownText(notice), "the whole notice is on screen, wrapped, not cut short");
        assertEquals(
                "ProcessLab", shownText(robot.lookup(".app-name").queryAs(Label.class)), "the name keeps its room");
        assertEquals("Dark theme", shownText(robot.lookup("#theme-toggle").queryAs(Labeled.class)));
        assertEquals(lessonsStatus, statusText(robot), "the status line still says what it said");
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "no dialog stops the lesson");
        waitUntil(() -> item("01-processes").doneProperty().get()); // progress is still kept in memory

        Files.delete(config);
        robot.interact(() -> app.viewModel().next());
        waitUntil(() -> !notice.isVisible() && !notice.isManaged()); // saving works again: the notice goes
    }

    /** What a label draws after layout: its text, or a shortened one ending in "…" when it had too little room. */
    private static String shownText(Labeled label) {
        return label.lookupAll(".text").stream()
                .filter(Text.class::isInstance)
                .map(node -> ((Text) node).getText())
                .findFirst()
                .orElse("");
    }

    private static String statusText(FxRobot robot) {
        return robot.lookup("#status").queryLabeled().getText();
    }

    private void launch(FxRobot robot) {
        robot.interact(() -> app = ClassroomApp.start(stage, dir, false));
    }

    private String selectedId() {
        return app.viewModel().selected().map(LessonItem::id).orElse("");
    }

    private LessonItem item(String id) {
        return app.viewModel().findLesson(id).orElseThrow();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
