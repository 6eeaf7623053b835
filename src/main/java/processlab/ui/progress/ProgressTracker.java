package processlab.ui.progress;

import java.util.Optional;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;

import processlab.progress.ProgressStore;
import processlab.ui.shell.LessonItem;
import processlab.ui.shell.ShellViewModel;

/**
 * Ties the shell to the student's progress: done-marks in the lesson list, the lesson last open (the app opens
 * it at the next start, see {@link ProgressStore#lastLesson()}), and when a lesson counts as read: the student
 * scrolled to its end, or went on to the next lesson from it.
 */
public final class ProgressTracker {

    private static final double END_OF_PAGE = 0.97;

    private final ProgressStore progress;
    private final ShellViewModel shell;

    /** @param lessonPage the lesson view's scroll pane (its end counts as read) */
    public ProgressTracker(ProgressStore progress, ShellViewModel shell, ScrollPane lessonPage) {
        this.progress = progress;
        this.shell = shell;
        shell.lessons().addListener((ListChangeListener<LessonItem>) change -> refreshMarks());
        refreshMarks();
        // The tracker may join after the first lesson is on screen: that lesson is the one open now.
        shell.selected().ifPresent(item -> progress.setLastLesson(item.id()));
        shell.selectedProperty().addListener((obs, old, item) -> selected(old, item));
        lessonPage.vvalueProperty().addListener((obs, old, value) -> {
            boolean scrollable = lessonPage.getContent() != null
                    && lessonPage.getContent().getLayoutBounds().getHeight() > lessonPage.getViewportBounds()
                    .getHeight();
            if (scrollable && value.doubleValue() >= END_OF_PAGE) {
                shell.selected().ifPresent(this::markRead);
            }
        });
        progress.addListener(this::refreshMarks);
        // A failed save must not interrupt the lesson (no dialog), but the student should know it happened.
        progress.addSaveListener(problem -> Platform.runLater(() -> shell.showNotice(saveNotice(problem))));
    }

    /** The status-line notice for a save problem; empty when saving works (again). */
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

    private void selected(LessonItem old, LessonItem item) {
        if (item == null) {
            return;
        }
        progress.setLastLesson(item.id());
        int from = old == null ? -1 : shell.lessons().indexOf(old);
        if (from >= 0 && shell.lessons().indexOf(item) == from + 1) {
            markRead(old);
        }
    }

    private void markRead(LessonItem item) {
        progress.markLessonRead(item.id());
    }

    private void refreshMarks() {
        for (LessonItem item : shell.lessons()) {
            item.doneProperty().set(progress.isLessonRead(item.id()));
        }
    }
}
