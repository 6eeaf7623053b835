package processlab.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Validates an {@code ```exercise} block. */
final class ExerciseReader {

    static final List<String> FIELDS = List.of("id", "title", "check", "prompt", "starter");
    static final String DEFAULT_TITLE = "Exercise";
    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private ExerciseReader() {}

    /**
     * @param usedIds exercise ids seen so far in this lesson, with their lines; this exercise's id is added
     */
    static Optional<ExerciseBlock> read(FencedSection fenced, Map<String, Integer> usedIds, Problems problems) {
        int errorsBefore = problems.count();
        Optional<Fields> block = Fields.ofBlock(
                fenced,
                "exercise",
                FIELDS,
                "it needs 'id', 'check' and 'prompt'",
                "an exercise block holds 'field: value' lines, e.g. 'id: first-process'",
                problems);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = block.get();
        Optional<String> id =
                fields.requiredText("id", fenced.line(), "exercise").map(String::strip);
        if (id.isPresent() && !id.get().matches(SLUG)) {
            problems.add(
                    fields.line("id"),
                    "exercise id '" + id.get()
                            + "' must be a slug: lower-case letters, digits and '-', e.g. first-process");
        } else if (id.isPresent() && usedIds.containsKey(id.get())) {
            problems.add(
                    fields.line("id"),
                    "exercise id '" + id.get() + "' is already used at line " + usedIds.get(id.get()));
        } else {
            id.ifPresent(value -> usedIds.put(value, fields.line("id")));
        }
        String title = fields.text("title")
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .orElse(DEFAULT_TITLE);
        Optional<ExerciseCheck> check = Optional.empty();
        if (!fields.reportMissing("check", fenced.line(), "exercise")) {
            check = fields.oneOf("check", "check", checkIds()).flatMap(ExerciseCheck::fromId);
        }
        Optional<String> prompt = fields.requiredText("prompt", fenced.line(), "exercise");
        String starter = fields.text("starter").orElse("");
        if (problems.count() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new ExerciseBlock(
                fenced.line(),
                fenced.info(),
                fenced.body(),
                id.orElseThrow(),
                title,
                prompt.orElseThrow().strip(),
                check.orElseThrow(),
                starter));
    }

    static List<String> checkIds() {
        return Arrays.stream(ExerciseCheck.values()).map(ExerciseCheck::id).toList();
    }
}
