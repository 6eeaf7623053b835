package processlab.ui.code;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import processlab.exercise.ExerciseJudge;
import processlab.exercise.Verdict;
import processlab.lesson.ExerciseBlock;
import processlab.progress.ProgressStore;
import processlab.tryit.CodeLanguage;

/**
 * An exercise: runs the student's code for real, has the exercise's check judge the run, and marks the
 * exercise passed in progress when it is, with the code that passed: opened again, even after a restart, the
 * exercise shows that code rather than the starter.
 */
public final class ExerciseViewModel {

    private final ExerciseBlock exercise;
    private final String lessonId;
    private final ProgressStore progress;
    private final CodeRunViewModel runs;
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper passed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Optional<String>> savedSolution = new ReadOnlyObjectWrapper<>();

    public ExerciseViewModel(ExerciseBlock exercise, String lessonId, ProgressStore progress, CodeRunViewModel runs) {
        this.exercise = exercise;
        this.lessonId = lessonId;
        this.progress = progress;
        this.runs = runs;
        passed.set(progress.isExercisePassed(lessonId, exercise.id()));
        savedSolution.set(progress.exerciseSolution(lessonId, exercise.id()));
    }

    public ExerciseBlock exercise() {
        return exercise;
    }

    public CodeRunViewModel runs() {
        return runs;
    }

    /** The last check's verdict, null before the first. */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** Whether this exercise was ever passed (kept in progress). */
    public ReadOnlyBooleanProperty passedProperty() {
        return passed.getReadOnlyProperty();
    }

    /** The code of the last passing check, kept with the progress; empty before the first pass. */
    public ReadOnlyObjectProperty<Optional<String>> savedSolutionProperty() {
        return savedSolution.getReadOnlyProperty();
    }

    /** Runs the code and judges what it did. */
    public void check(String source) {
        verdict.set(null);
        runs.run(CodeLanguage.PYTHON, source, finished -> {
            Verdict result = finished.stopped()
                    ? Verdict.fail(List.of("The run was stopped before it finished, so it was not checked."))
                    : ExerciseJudge.judge(exercise.check(), finished.recording(), finished.scriptName());
            verdict.set(result);
            if (result.passed()) {
                progress.recordPassingSolution(lessonId, exercise.id(), source);
                savedSolution.set(Optional.of(source));
                passed.set(true);
            }
        });
    }

    public void stop() {
        runs.stop();
    }

    /** Forgets the last check (Reset): its verdict, output and error. Ignored while a check is running. */
    public void clear() {
        if (!runs.runningProperty().get()) {
            verdict.set(null);
            runs.clear();
        }
    }
}
