package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.ui.code.TryItViewTest.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A try-it block turns from its light preview into the editor on the first click. The click puts the caret where
 * it was, and the block looks the same before and after: code font, line-number font, gutter, line positions and
 * height. Measured on the text nodes on screen, whatever nodes draw them.
 */
@ExtendWith(ApplicationExtension.class)
class CodeEditorLooksTest {

    static final String CODE = """
            import os

            def show(n):
                print(n, os.getpid())

            show(1)
            """;

    @TempDir
    static Path dir;

    private TryItOnStage tryIt;
    private TryItView view;

    @Start
    void start(Stage stage) {
        tryIt = TryItOnStage.showStyled(stage, dir, CODE);
        view = tryIt.view();
    }

    @AfterEach
    void tearDown() {
        tryIt.close();
    }

    @Test
    void theFirstClickPutsTheCaretWhereItWas(FxRobot robot) throws Exception {
        assertFalse(view.editor().isLive());
        Text print = codeText(view.editor(), "print");
        Bounds word = print.localToScreen(print.getLayoutBounds());
        double charWidth = word.getWidth() / "print".length();
        // Inside the third letter's left half: the caret goes before it.
        robot.clickOn(word.getMinX() + 2.3 * charWidth, word.getCenterY());
        assertTrue(view.editor().isLive());
        waitUntil(() -> view.editor().area().isFocused());
        assertEquals(CODE.indexOf("print") + 2, view.editor().area().getCaretPosition());
    }

    @Test
    void theBlockLooksTheSameBeforeAndAfterItBecomesEditable(FxRobot robot) throws Exception {
        Looks before = Looks.of(view.editor());
        robot.interact(() -> view.editor().area());
        WaitForAsyncUtils.waitForFxEvents();
        // The editor lays its lines out over a pulse or two; its looks must not change from then on either.
        waitUntil(() -> view.editor().area().getTotalHeightEstimate() > 0);
        Looks after = Looks.of(view.editor());
        assertEquals(before.codeFont, after.codeFont, "code font");
        assertEquals(before.numberFont, after.numberFont, "line-number font");
        assertEquals(before.codeLeft, after.codeLeft, 0.5, "the gutter's width: where the code starts");
        assertEquals(before.lastLineTop, after.lastLineTop, 0.5, "where the last line is");
        assertEquals(before.height, after.height, 0.5, "the block's height");
    }

    /** What the student sees of the code: fonts and where things are, in screen pixels. */
    record Looks(Font codeFont, Font numberFont, double codeLeft, double lastLineTop, double height) {

        static Looks of(CodeEditor editor) {
            Text first = codeText(editor, "import");
            // The 1 of show(1), on the last line: a number of the code, coloured alone.
            Text last = texts(editor).stream()
                    .filter(t -> t.getStyleClass().contains("number"))
                    .findFirst()
                    .orElseThrow();
            return new Looks(first.getFont(), numberText(editor).getFont(), left(first), top(last), editor.getHeight());
        }
    }

    /** The text run showing {@code word} (the code is coloured in runs, a keyword alone in its own). */
    static Text codeText(Node root, String word) {
        return texts(root).stream()
                .filter(t -> t.getText().contains(word))
                .findFirst()
                .orElseThrow();
    }

    /** The text showing the number of line 1: digits and spaces only, whatever node it is in. */
    static Text numberText(Node root) {
        return texts(root).stream()
                .filter(t -> !t.getStyleClass().contains("number"))
                .filter(t -> t.getText().strip().startsWith("1") && t.getText().matches("[\\d\\s]+"))
                .findFirst()
                .orElseThrow();
    }

    static List<Text> texts(Node root) {
        List<Text> found = new java.util.ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Text> found) {
        if (node instanceof Text text && text.isVisible() && !text.getText().isEmpty()) {
            found.add(text);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private static double left(Text text) {
        return text.localToScreen(text.getLayoutBounds()).getMinX();
    }

    private static double top(Text text) {
        return text.localToScreen(text.getLayoutBounds()).getMinY();
    }
}
