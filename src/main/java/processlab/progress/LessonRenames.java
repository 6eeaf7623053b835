package processlab.progress;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Lesson ids that the shipped lessons used to have. Progress is saved per lesson id (the file name), so when the
 * lessons were reordered (start methods right after creating a process, start-up cost before pools) a file
 * saved by an older version would have lost its lessons; reading it through this table moves each entry to the
 * lesson's new id. No old id is anyone's new id, so a file that is already up to date reads unchanged.
 */
public final class LessonRenames {

    /** Old id → new id. Lessons 01 to 03 kept theirs. */
    static final Map<String, String> OLD_TO_NEW = Map.of(
            "04-what-is-a-pool", "07-what-is-a-pool",
            "05-create-a-pool", "08-create-a-pool",
            "06-four-processes", "05-four-processes",
            "07-sharing-data", "09-sharing-data",
            "08-start-methods", "04-start-methods",
            "09-gil-and-free-threading", "10-gil-and-free-threading",
            "10-pool-vs-executor", "11-pool-vs-executor",
            "11-failure-and-isolation", "12-failure-and-isolation",
            "12-start-up-cost", "06-start-up-cost");

    private LessonRenames() {}

    /** The id a lesson has now: {@code id} itself unless it is one of the old ids. */
    public static String current(String id) {
        return OLD_TO_NEW.getOrDefault(id, id);
    }

    /** Moves every entry saved under an old id to the new id, in place. */
    static ProgressData apply(ProgressData data) {
        renameAll(data.lessonsRead, LessonRenames::current);
        renameAll(data.exercisesPassed, LessonRenames::currentExerciseKey);
        Map<String, String> solutions = new LinkedHashMap<>();
        data.exerciseSolutions.forEach((key, code) -> solutions.put(currentExerciseKey(key), code));
        data.exerciseSolutions.clear();
        data.exerciseSolutions.putAll(solutions);
        renameQuizKeys(data.quizAnswers);
        renameQuizKeys(data.unknownAnswerFields);
        data.lastLesson = current(data.lastLesson);
        return data;
    }

    /** {@code lessonId/exerciseId}; exercise ids did not change. */
    private static String currentExerciseKey(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : current(key.substring(0, slash)) + key.substring(slash);
    }

    private static <V> void renameQuizKeys(Map<QuizKey, V> byKey) {
        Map<QuizKey, V> renamed = new LinkedHashMap<>();
        byKey.forEach((key, value) ->
                renamed.put(new QuizKey(current(key.lessonId()), key.quizLine(), key.question()), value));
        byKey.clear();
        byKey.putAll(renamed);
    }

    private static void renameAll(Set<String> ids, UnaryOperator<String> rename) {
        Set<String> renamed = new LinkedHashSet<>();
        ids.forEach(id -> renamed.add(rename.apply(id)));
        ids.clear();
        ids.addAll(renamed);
    }
}
