package processlab.ui.lesson;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import processlab.lesson.DemoBlock;
import processlab.lesson.DemoSpec;
import processlab.lesson.ExerciseBlock;
import processlab.lesson.LessonError;
import processlab.lesson.QuizBlock;
import processlab.run.spec.RunKind;
import processlab.run.spec.Workload;

/** The labelled cards shown for blocks no {@link LessonPartFactory} took, and for a lesson's load errors. */
public final class BlockCards {

    private BlockCards() {}

    /** E.g. "compares Python threads, Python processes; 4 workers, count-primes 200000". */
    public static String describe(DemoSpec spec) {
        String runs = spec.runs().stream().map(RunKind::displayName).collect(Collectors.joining(", "));
        String size = spec.workload() == Workload.SLEEP ? spec.size() + " ms" : String.valueOf(spec.size());
        String tasks = spec.tasks() == spec.workers() ? "" : ", " + spec.tasks() + " tasks";
        return "compares " + runs + "; " + spec.workers() + " workers" + tasks + ", "
                + spec.workload().id() + " " + size + (spec.together() ? ", run together" : "");
    }

    public static Node demo(DemoBlock block) {
        String title = block.spec().title().isBlank() ? "" : block.spec().title() + " — ";
        return card("demo-card", "Live demo", title + describe(block.spec()));
    }

    public static Node quiz(QuizBlock block) {
        int count = block.questions().size();
        return card("quiz-card", "Quiz", count + (count == 1 ? " question" : " questions"));
    }

    public static Node exercise(ExerciseBlock block) {
        return card(
                "exercise-card",
                "Exercise",
                block.title() + " — " + block.prompt().strip() + " (checked by: "
                        + block.check().id() + ")");
    }

    /** Shown in place of a broken lesson's content: every error as {@code file:line: message}. */
    public static Node errors(List<LessonError> errors) {
        Label heading = new Label("This lesson could not be loaded");
        heading.getStyleClass().add("card-title");
        Label hint = new Label("Fix these lines in the lesson file; the other lessons still work.");
        hint.getStyleClass().add("card-text");
        VBox card = new VBox(heading, hint);
        for (LessonError error : errors) {
            Label line = new Label(error.toString());
            line.getStyleClass().add("lesson-error");
            line.setWrapText(true);
            card.getChildren().add(line);
        }
        card.setId("lesson-errors");
        card.getStyleClass().addAll("card", "error-card");
        return card;
    }

    private static Node card(String styleClass, String kind, String text) {
        Label title = new Label(kind + ": " + text);
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label note = new Label("The interactive version of this " + kind.toLowerCase() + " is not available here.");
        note.getStyleClass().add("card-text");
        note.setWrapText(true);
        VBox card = new VBox(title, note);
        card.getStyleClass().addAll("card", styleClass);
        return card;
    }
}
