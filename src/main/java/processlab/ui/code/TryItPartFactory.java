package processlab.ui.code;

import java.util.Optional;
import java.util.function.Supplier;
import processlab.lesson.Block;
import processlab.lesson.CodeBlock;
import processlab.lesson.Lesson;
import processlab.tryit.CodeLanguage;
import processlab.ui.lesson.LessonPart;
import processlab.ui.lesson.LessonPartFactory;
import processlab.ui.lesson.RunnablePart;

/**
 * Makes try-it editors of runnable code: {@code ```python run} blocks, and {@code ```java} blocks (run with
 * Java's single-file launcher). Plain {@code ```python} blocks stay read-only.
 */
public final class TryItPartFactory implements LessonPartFactory {

    private final Supplier<CodeRunViewModel> runs;

    /** @param runs makes the view-model that runs one editor's code (the classroom's runner and threads) */
    public TryItPartFactory(Supplier<CodeRunViewModel> runs) {
        this.runs = runs;
    }

    @Override
    public Optional<LessonPart> create(Block block, Lesson lesson) {
        if (!(block instanceof CodeBlock code)) {
            return Optional.empty();
        }
        Optional<CodeLanguage> language = CodeLanguage.fromBlockLanguage(code.language());
        // A Java block runs when it is a whole program; fragments beside Python code stay read-only.
        boolean runnable = language.isPresent()
                && (code.runnable()
                        || language.get() == CodeLanguage.JAVA && code.body().contains("static void main"));
        if (!runnable) {
            return Optional.empty();
        }
        TryItView view = new TryItView(code, language.get(), runs.get());
        return Optional.of(RunnablePart.of(view, view::run, view::stop, view::isRunning));
    }
}
