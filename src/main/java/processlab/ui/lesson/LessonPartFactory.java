package processlab.ui.lesson;

import java.util.Optional;
import processlab.lesson.Block;
import processlab.lesson.Lesson;

/**
 * Makes the live part for a block, or declines. The lesson view asks its factories in order and falls back
 * to a plain card, so each feature (demos, try-it, quizzes, exercises) plugs in without the view knowing it.
 */
@FunctionalInterface
public interface LessonPartFactory {

    Optional<LessonPart> create(Block block, Lesson lesson);
}
