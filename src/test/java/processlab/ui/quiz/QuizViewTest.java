package processlab.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import processlab.lesson.Lesson;
import processlab.progress.ProgressStore;
import processlab.progress.QuizKey;
import processlab.ui.lesson.LessonPart;

@ExtendWith(ApplicationExtension.class)
class QuizViewTest {

    @TempDir
    static Path dir;

    private ProgressStore progress;

    @Start
    void start(Stage stage) {
        progress = ProgressStore.open(dir);
        Lesson lesson = new Lesson(
                "03-gil", dir.resolve("03-gil.md"), "The GIL", "", "", List.of(QuizViewModelTest.QUIZ), List.of());
        LessonPart part = new QuizPartFactory(progress)
                .create(QuizViewModelTest.QUIZ, lesson)
                .orElseThrow();
        stage.setScene(new Scene(new ScrollPane(part.node()), 700, 600));
        stage.show();
    }

    @AfterEach
    void closeStore() {
        progress.close();
    }

    @Test
    void answerWrongThenRight(FxRobot robot) {
        String first = "#quiz-30-0 ";
        Button check = robot.lookup(first + ".quiz-check").queryButton();
        assertTrue(check.isDisabled(), "nothing chosen yet");
        robot.clickOn(radio(robot, first, "one per thread"));
        robot.clickOn(check);
        Label feedback = robot.lookup(first + ".quiz-feedback").queryAs(Label.class);
        assertTrue(feedback.isVisible());
        assertTrue(feedback.getStyleClass().contains("wrong"));
        assertTrue(feedback.getText().contains("One per interpreter"), feedback.getText());

        robot.clickOn(robot.lookup(first + ".quiz-retry").queryButton());
        assertFalse(feedback.isVisible());
        robot.clickOn(radio(robot, first, "one"));
        robot.clickOn(check);
        assertTrue(
                feedback.getStyleClass().contains("right"),
                feedback.getStyleClass().toString());
        assertTrue(feedback.getText().startsWith("Right."));
        assertEquals(
                true,
                progress.quizAnswer(new QuizKey("03-gil", 30, 0)).orElseThrow().correct());
        assertTrue(robot.lookup(".card-title").queryLabeled().getText().contains("1 of 2 right"));
    }

    private static RadioButton radio(FxRobot robot, String question, String text) {
        return robot.lookup(question + ".quiz-choice").queryAllAs(RadioButton.class).stream()
                .filter(r -> r.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }
}
