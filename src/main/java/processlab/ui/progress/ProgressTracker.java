package processlab.ui.progress;

import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import processlab.progress.LessonDone;
import processlab.progress.ProgressStore;
import processlab.ui.lesson.LessonView;
import processlab.ui.shell.LessonItem;
import processlab.ui.shell.ShellViewModel;

/**
 * Ties the shell to the student's progress: done-marks in the lesson list, the lesson last open (the app opens
 * it at the next start, see {@link ProgressStore#lastLesson()}), and when a lesson was read: its end was on
 * screen (never for a lesson that failed to load). Done needs its quiz answered too ({@link LessonDone}); going on
 * to another lesson counts for nothing.
 */
public final class ProgressTracker {

    private final ProgressStore progress;
    private final ShellViewModel shell;
    private final LessonView lessonView;
    /** Checks the page once each layout is done, when its size and scroll position agree with what is shown. */
    private final Runnable afterLayout = this::markReadIfEndInView;

    public ProgressTracker(ProgressStore progress, ShellViewModel shell, LessonView lessonView) {
        this.progress = progress;
        this.shell = shell;
        this.lessonView = lessonView;
        shell.lessons().addListener((ListChangeListener<LessonItem>) change -> refreshMarks());
        refreshMarks();
        // The tracker may join after the first lesson is on screen: that lesson is the one open now.
        shell.selected().ifPresent(item -> progress.setLastLesson(item.id()));
        shell.selectedProperty().addListener((obs, old, item) -> {
            if (item != null) {
                progress.setLastLesson(item.id());
            }
        });
        // Not a listener on the scroll position: when another lesson is put on the page, the position changes
        // before the new page is laid out, and the old page's size would still be the one measured.
        lessonView.node().sceneProperty().addListener((obs, old, scene) -> follow(old, scene));
        follow(null, lessonView.node().getScene());
        progress.addListener(this::refreshMarks);
        // A failed save must not interrupt the lesson (no dialog), but the student should know it happened.
        progress.addSaveListener(problem -> Platform.runLater(() -> shell.showNotice(saveNotice(problem))));
    }

    /** The shell's notice for a save problem; empty when saving works (again). */
    static String saveNotice(String problem) {
        if (problem.isEmpty()) {
            return "";
        }
        return problem + (problem.endsWith(".") ? "" : ".") + " Your answers this session are kept in memory.";
    }

    /** Shows the load message (a damaged progress file set aside), if there is one, over the given window. */
    public static Optional<Alert> showLoadMessage(ProgressStore progress, Window owner) {
        if (progress.loadMessage().isEmpty()) {
            return Optional.empty();
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, progress.loadMessage());
        alert.setTitle("Progress");
        alert.setHeaderText("Your progress could not be read");
        alert.initOwner(owner);
        alert.getDialogPane().setId("progress-message");
        alert.show();
        return Optional.of(alert);
    }

    private void follow(Scene old, Scene scene) {
        if (old != null) {
            old.removePostLayoutPulseListener(afterLayout);
        }
        if (scene != null) {
            scene.addPostLayoutPulseListener(afterLayout);
        }
    }

    /** A lesson that failed to load shows only its errors, at once and whole: that is not the lesson read. */
    private void markReadIfEndInView() {
        lessonView
                .shown()
                .filter(lesson -> lesson.isValid() && !progress.isLessonRead(lesson.id()) && lessonView.isEndInView())
                .ifPresent(lesson -> progress.markLessonRead(lesson.id()));
    }

    private void refreshMarks() {
        for (LessonItem item : shell.lessons()) {
            item.doneProperty().set(LessonDone.isDone(item.lesson(), progress));
        }
    }
}
