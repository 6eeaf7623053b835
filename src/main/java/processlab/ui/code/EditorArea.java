package processlab.ui.code;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import processlab.ui.lesson.CodeHighlighter;

/**
 * The live editor inside a {@link CodeEditor}: RichTextFX's CodeArea with {@link LineNumbers}, syntax colours (the
 * lesson view's {@link CodeHighlighter}), undo, Python's indenting keys ({@link EditorKeys}) and a marked error
 * line. Its height follows the code by {@link CodeHeight}, as the preview's does, so short snippets stay short.
 */
final class EditorArea extends StackPane {

    private final CodeArea area = new CodeArea();
    private final String language;
    private int errorLine;

    EditorArea(String code, String language) {
        this.language = language;
        area.getStyleClass().add("code-editor-area");
        area.setParagraphGraphicFactory(LineNumbers.of(area));
        area.setWrapText(false);
        EditorKeys.install(area, "python".equals(language));
        // Colouring a whole snippet is cheap, but not on every keystroke of a fast typist.
        area.multiPlainChanges().successionEnds(Duration.ofMillis(60)).subscribe(change -> highlight());
        area.textProperty().addListener((obs, old, text) -> {
            clearErrorLine();
            fitHeight();
        });
        area.totalHeightEstimateProperty().addListener((obs, old, height) -> fitHeight());
        getChildren().add(new VirtualizedScrollPane<>(area));
        setText(code);
        area.moveTo(0); // where the keyboard finds it when tabbed to; a click puts it where it was
        area.getUndoManager().forgetHistory();
    }

    CodeArea area() {
        return area;
    }

    String text() {
        return area.getText();
    }

    /** Replaces all the code (Reset); the replacement can itself be undone. */
    void setText(String code) {
        area.replaceText(code);
        highlight();
        fitHeight();
    }

    /** Scrolls to pixel offsets (those the preview had), once the area is laid out. */
    void scrollTo(double x, double y) {
        area.scrollXToPixel(x);
        area.scrollYToPixel(y);
    }

    /** Marks a 1-based line as the one an error came from and moves the caret there; 0 clears the mark. */
    void markErrorLine(int line) {
        clearErrorLine();
        if (line < 1 || line > area.getParagraphs().size()) {
            return;
        }
        errorLine = line;
        area.setParagraphStyle(line - 1, List.of("error-line"));
        area.moveTo(line - 1, 0);
        area.requestFollowCaret();
    }

    /** The marked error line, or 0. */
    int errorLine() {
        return errorLine;
    }

    private void clearErrorLine() {
        if (errorLine > 0 && errorLine <= area.getParagraphs().size()) {
            area.setParagraphStyle(errorLine - 1, List.of());
        }
        errorLine = 0;
    }

    private void highlight() {
        String text = area.getText();
        if (text.isEmpty()) {
            return;
        }
        area.setStyleSpans(0, spans(text, language));
    }

    static StyleSpans<Collection<String>> spans(String text, String language) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        for (CodeHighlighter.Token token : CodeHighlighter.tokenize(text, language)) {
            if (!token.text().isEmpty()) {
                builder.add(
                        token.kind() == CodeHighlighter.Kind.PLAIN
                                ? List.of()
                                : List.of(token.kind().name().toLowerCase()),
                        token.text().length());
            }
        }
        return builder.create();
    }

    private void fitHeight() {
        Double measured = area.totalHeightEstimateProperty().getValue();
        int paragraphs = Math.max(area.getParagraphs().size(), 1);
        if (measured != null && measured > 0) {
            setPrefHeight(CodeHeight.of(paragraphs, measured / paragraphs));
        } else if (getPrefHeight() < 0) {
            // Until the area has laid out its lines, guess 1.6 times the default font size per line.
            setPrefHeight(CodeHeight.of(
                    paragraphs,
                    1.6 * Math.max(javafx.scene.text.Font.getDefault().getSize(), 12)));
        }
    }
}
