package processlab.lesson;

/**
 * A {@code ```exercise} block: the student writes code, and a check runs it for real and judges what
 * happened.
 *
 * @param id      unique within the lesson; progress is saved under {@code lessonId/id}
 * @param title   the card's heading
 * @param prompt  what to do (Markdown)
 * @param check   the built-in check that judges the run
 * @param starter the code the editor starts with
 */
public record ExerciseBlock(
        int line, String info, String body, String id, String title, String prompt, ExerciseCheck check, String starter)
        implements Block {

    @Override
    public String kind() {
        return "exercise";
    }
}
