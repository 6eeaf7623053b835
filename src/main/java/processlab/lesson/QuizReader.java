package processlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import processlab.lesson.yaml.YamlList;
import processlab.lesson.yaml.YamlMap;
import processlab.lesson.yaml.YamlNode;
import processlab.lesson.yaml.YamlScalar;

/** Validates a {@code ```quiz} block: a list of questions, each with its choices, answer and explanation. */
final class QuizReader {

    static final List<String> FIELDS = List.of("q", "choices", "answer", "explain");
    static final int MIN_CHOICES = 2;
    static final int MAX_CHOICES = 6;
    private static final String SHAPE = "a quiz block is a list of questions, each starting with '- q: ...'";

    private QuizReader() {}

    static Optional<QuizBlock> read(FencedSection fenced, Problems problems) {
        Optional<YamlList> root =
                BlockYaml.parse(fenced, YamlList.class, "it needs at least one '- q: ...' question", SHAPE, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        YamlList list = root.get();
        int errorsBefore = problems.count();
        List<QuizQuestion> questions = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (item instanceof YamlMap map) {
                question(map, problems).ifPresent(questions::add);
            } else {
                problems.add(item.line(), SHAPE);
            }
        }
        if (problems.count() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new QuizBlock(fenced.line(), fenced.info(), fenced.body(), questions));
    }

    private static Optional<QuizQuestion> question(YamlMap map, Problems problems) {
        int errorsBefore = problems.count();
        Fields fields = new Fields(map, "quiz", FIELDS, problems);
        Optional<String> q = fields.requiredText("q", map.line(), "question");
        Optional<List<String>> choices = choices(fields, map.line(), problems);
        Optional<Integer> answer = answer(fields, choices, map.line(), problems);
        Optional<String> explain = fields.requiredText("explain", map.line(), "question");
        if (problems.count() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new QuizQuestion(
                map.line(),
                q.orElseThrow().strip(),
                choices.orElseThrow(),
                answer.orElseThrow(),
                explain.orElseThrow().strip()));
    }

    private static Optional<List<String>> choices(Fields fields, int questionLine, Problems problems) {
        Optional<YamlList> list = fields.requiredList("choices", questionLine, "question", "choices: [first, second]");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        int count = list.get().items().size();
        if (count < MIN_CHOICES || count > MAX_CHOICES) {
            problems.add(
                    fields.line("choices"),
                    "choices must list " + MIN_CHOICES + ".." + MAX_CHOICES + " answers, got " + count);
            return Optional.empty();
        }
        List<String> choices = new ArrayList<>();
        for (YamlNode item : list.get().items()) {
            if (item instanceof YamlScalar scalar && !scalar.value().isBlank()) {
                choices.add(scalar.value().strip());
            } else if (item instanceof YamlMap) {
                problems.add(
                        item.line(),
                        "choice " + (choices.size() + 1) + " reads as a 'field: value' because of "
                                + "its ': '; put the choice in quotes, e.g. - \"Fork: copies the parent\"");
                return Optional.empty();
            } else {
                problems.add(
                        item.line(),
                        "choice " + (choices.size() + 1) + " must be some text, not "
                                + (item instanceof YamlScalar ? "empty" : item.describe()));
                return Optional.empty();
            }
        }
        return Optional.of(choices);
    }

    private static Optional<Integer> answer(
            Fields fields, Optional<List<String>> choices, int questionLine, Problems problems) {
        if (fields.reportMissing("answer", questionLine, "question")) {
            return Optional.empty();
        }
        Optional<String> text = fields.text("answer");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String digits = text.get().strip();
        if (!digits.matches("-?\\d{1,9}")) {
            problems.add(
                    fields.line("answer"),
                    "answer must be the number of the right choice, counting from 0, got '" + digits + "'");
            return Optional.empty();
        }
        int answer = Integer.parseInt(digits);
        if (choices.isPresent() && (answer < 0 || answer >= choices.get().size())) {
            int n = choices.get().size();
            problems.add(
                    fields.line("answer"),
                    "answer " + answer + " is not one of the " + n + " choices (0.." + (n - 1) + ")");
            return Optional.empty();
        }
        return Optional.of(answer);
    }
}
