package processlab.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import processlab.lesson.yaml.YamlException;
import processlab.lesson.yaml.YamlMap;
import processlab.lesson.yaml.YamlNode;
import processlab.lesson.yaml.YamlReader;

/** Parses the text of one lesson file; every problem becomes a {@link LessonError}, never an exception. */
final class LessonParser {

    static final List<String> FRONT_MATTER_FIELDS = List.of("title", "question", "summary");
    /**
     * Thirty times the longest lesson. commonmark takes time with the square of a paragraph's lines when they start
     * with punctuation (100,000 lines of ']' took 3 s), so a body past this is reported, not read.
     */
    static final int MAX_LINES = 10_000;

    private static final String FRONT_MATTER_SHAPE =
            "a lesson starts with front matter: a '---' line, 'title: ...', and another '---' line";

    private final String id;
    private final Path file;
    private final Problems problems;
    private String title = "";
    private String question = "";
    private String summary = "";

    LessonParser(String id, Path file) {
        this.id = id;
        this.file = file;
        this.problems = new Problems(file);
    }

    Lesson parse(String source) {
        List<String> lines = List.of(normalize(source).split("\n", -1));
        List<Block> blocks = new ArrayList<>();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.add(1, FRONT_MATTER_SHAPE);
            blocks = body(lines, 1);
        } else {
            int close = 1;
            while (close < lines.size() && !lines.get(close).strip().equals("---")) {
                close++;
            }
            if (close == lines.size()) {
                problems.add(1, "the front matter opened here is never closed by a '---' line");
            } else {
                frontMatter(String.join("\n", lines.subList(1, close)));
                blocks = body(lines.subList(close + 1, lines.size()), close + 2);
            }
        }
        return new Lesson(id, file, title.isBlank() ? id : title, question, summary, blocks, problems.all());
    }

    private void frontMatter(String yaml) {
        Optional<YamlNode> root;
        try {
            root = YamlReader.read(yaml, 2);
        } catch (YamlException e) {
            problems.add(e);
            return;
        }
        if (root.isEmpty()) {
            problems.add(1, "the front matter is empty; it needs at least 'title: ...'");
            return;
        }
        if (!(root.get() instanceof YamlMap map)) {
            problems.add(root.get().line(), "the front matter holds 'field: value' lines, e.g. 'title: Pools'");
            return;
        }
        Fields fields = new Fields(map, "front matter", FRONT_MATTER_FIELDS, problems);
        title = fields.requiredText("title", 1, "the front matter").orElse("").strip();
        question = fields.text("question").orElse("").strip();
        summary = fields.text("summary").orElse("").strip();
    }

    private List<Block> body(List<String> lines, int firstLine) {
        List<Block> blocks = new ArrayList<>();
        boolean endsWithLineBreak =
                !lines.isEmpty() && lines.get(lines.size() - 1).isEmpty();
        if (firstLine - 1 + lines.size() - (endsWithLineBreak ? 1 : 0) > MAX_LINES) {
            problems.add(
                    MAX_LINES + 1,
                    "the lesson goes on past line " + MAX_LINES + ", the most a lesson may have; "
                            + "split it into several lessons");
            return blocks;
        }
        Map<String, Integer> exerciseIds = new HashMap<>();
        for (BodySection section : FenceFinder.split(lines, firstLine, problems)) {
            if (section instanceof BodySection.Prose prose) {
                MarkdownNesting.Deepest deepest = MarkdownNesting.deepest(prose.text());
                if (deepest.levels() > MarkdownNesting.MAX_LEVELS) {
                    problems.add(
                            prose.line() + deepest.lineIndex(),
                            "lists or quotes nested " + deepest.levels() + " levels deep; a lesson may nest at most "
                                    + MarkdownNesting.MAX_LEVELS);
                    continue;
                }
                blocks.add(new MarkdownBlock(prose.line(), prose.text()));
            } else if (section instanceof FencedSection fenced) {
                fenced(fenced, exerciseIds).ifPresent(blocks::add);
            }
        }
        return blocks;
    }

    private Optional<? extends Block> fenced(FencedSection fenced, Map<String, Integer> exerciseIds) {
        if (!fenced.closed()) {
            // The rest of the file was swallowed by this block; judging its content would only add noise.
            problems.add(
                    fenced.line(),
                    "unclosed fence: the block opened here with '" + fenced.fence() + "' needs a closing '"
                            + fenced.fence() + "' line");
            return Optional.empty();
        }
        String language = fenced.language();
        boolean yamlBlock = language.equals("demo") || language.equals("quiz") || language.equals("exercise");
        if (yamlBlock && fenced.words().size() > 1) {
            problems.add(
                    fenced.line(),
                    CodeReader.unknownBehaviour(
                            fenced,
                            fenced.words().get(1),
                            "a " + language + " block takes nothing after '" + language + "'"));
        }
        return switch (language) {
            case "demo" -> DemoReader.read(fenced, problems);
            case "quiz" -> QuizReader.read(fenced, problems);
            case "exercise" -> ExerciseReader.read(fenced, exerciseIds, problems);
            default -> CodeReader.read(fenced, problems);
        };
    }

    /** One line ending and no byte-order mark, so line numbers match what editors show. */
    private static String normalize(String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
