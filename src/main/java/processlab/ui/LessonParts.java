package processlab.ui;

import java.util.ArrayList;
import java.util.List;
import processlab.run.RunEnvironment;
import processlab.ui.code.ExercisePartFactory;
import processlab.ui.code.TryItPartFactory;
import processlab.ui.demo.DemoPartFactory;
import processlab.ui.demo.DemoWindow;
import processlab.ui.lesson.LessonPartFactory;
import processlab.ui.quiz.QuizPartFactory;

/**
 * The one list of lesson parts the app offers, in the order the lesson view asks them for each block, and what
 * each is made from. A new kind of part adds one line here; a block no part takes shows as a labelled card.
 */
final class LessonParts {

    /** Makes the demo parts of a window: the real ones, or, in tests, ones with a fake runner. */
    @FunctionalInterface
    interface Demos {
        List<LessonPartFactory> make(
                RunEnvironment runs, DemoWindow window, DemoPartFactory.PredictionStore predictions);

        /** Demos that run for real through the run engine. */
        static Demos real() {
            return (runs, window, predictions) -> List.of(DemoPartFactory.real(runs, predictions, window));
        }

        /** The same parts whatever the window (tests). */
        static Demos fixed(List<LessonPartFactory> parts) {
            List<LessonPartFactory> copy = List.copyOf(parts);
            return (runs, window, predictions) -> copy;
        }
    }

    private LessonParts() {}

    /**
     * @param classroom try-it editors, exercises and quizzes come with it, and the demos keep the class's
     *                  predictions with its progress; null: demos only, keeping nothing
     */
    static List<LessonPartFactory> forWindow(Demos demos, RunEnvironment runs, DemoWindow window, Classroom classroom) {
        List<LessonPartFactory> parts =
                new ArrayList<>(demos.make(runs, window, classroom == null ? null : classroom.predictions()));
        if (classroom != null) {
            parts.add(new ExercisePartFactory(classroom.progress(), classroom::newRunViewModel));
            parts.add(new TryItPartFactory(classroom::newRunViewModel));
            parts.add(new QuizPartFactory(classroom.progress()));
        }
        return parts;
    }
}
