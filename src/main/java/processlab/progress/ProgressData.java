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
    /** The format version the file said it was in; 0 for none (a new store, or a file from before versions). */
    int version;
    /**
     * What a newer version wrote that this one does not understand, kept to be written back: its top-level fields
     * (name → JSON text), and per quiz answer the answer's fields (name → JSON text).
     */
    final Map<String, String> unknownFields = new LinkedHashMap<>();

    final Map<QuizKey, Map<String, String>> unknownAnswerFields = new LinkedHashMap<>();

    ProgressData copy() {
        ProgressData copy = new ProgressData();
        copy.lessonsRead.addAll(lessonsRead);
        copy.exercisesPassed.addAll(exercisesPassed);
        copy.exerciseSolutions.putAll(exerciseSolutions);
        copy.quizAnswers.putAll(quizAnswers);
        copy.demoPredictions.putAll(demoPredictions);
        copy.lastLesson = lastLesson;
        copy.version = version;
        copy.unknownFields.putAll(unknownFields);
        copy.unknownAnswerFields.putAll(unknownAnswerFields); // the inner maps are never changed once read
        return copy;
    }

    static String exerciseKey(String lessonId, String exerciseId) {
        return lessonId + "/" + exerciseId;
    }
}
