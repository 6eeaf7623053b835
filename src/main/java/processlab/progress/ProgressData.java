package processlab.progress;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The saved state, mutable and unsynchronised: {@link ProgressStore} guards it and copies it to save. */
final class ProgressData {

    final Set<String> lessonsRead = new LinkedHashSet<>();
    /** {@code lessonId/exerciseId}. */
    final Set<String> exercisesPassed = new LinkedHashSet<>();
    /** {@code lessonId/exerciseId} → the code of the student's last passing check. */
    final Map<String, String> exerciseSolutions = new LinkedHashMap<>();
    final Map<QuizKey, QuizAnswer> quizAnswers = new LinkedHashMap<>();
    /** {@code lessonId/demo title/run kind} → the class's prediction for that run, as the demo writes it. */
    final Map<String, String> demoPredictions = new LinkedHashMap<>();
    String lastLesson = "";

    ProgressData copy() {
        ProgressData copy = new ProgressData();
        copy.lessonsRead.addAll(lessonsRead);
        copy.exercisesPassed.addAll(exercisesPassed);
        copy.exerciseSolutions.putAll(exerciseSolutions);
        copy.quizAnswers.putAll(quizAnswers);
        copy.demoPredictions.putAll(demoPredictions);
        copy.lastLesson = lastLesson;
        return copy;
    }

    static String exerciseKey(String lessonId, String exerciseId) {
        return lessonId + "/" + exerciseId;
    }
}
