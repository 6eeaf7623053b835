package processlab.ui.code;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import processlab.ui.lesson.CodeHighlighter;

/**
 * The live editor inside a {@link CodeEditor}: RichTextFX's CodeArea with line numbers, syntax colours (the
 * lesson view's {@link CodeHighlighter}), undo, and a marked error line. Its height follows the code up to a
 * limit, so short snippets stay short on the page.
 */
final class EditorArea extends StackPane {

    private static final int MAX_VISIBLE_LINES = 24;

    private final CodeArea area = new CodeArea();
    private final String language;
    private int errorLine;

    EditorArea(String code, String language) {
        this.language = language;
        area.getStyleClass().add("code-editor-area");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setWrapText(false);
        // Colouring a whole snippet is cheap, but not on every keystroke of a fast typist.
        area.multiPlainChanges().successionEnds(Duration.ofMillis(60)).subscribe(change -> highlight());
        area.textProperty().addListener((obs, old, text) -> {
            clearErrorLine();
            fitHeight();
        });
        area.totalHeightEstimateProperty().addListener((obs, old, height) -> fitHeight());
        getChildren().add(new VirtualizedScrollPane<>(area));
        setText(code);
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
                builder.add(token.kind() == CodeHighlighter.Kind.PLAIN ? List.of()
                        : List.of(token.kind().name().toLowerCase()), token.text().length());
            }
        }
        return builder.create();
    }

    private void fitHeight() {
        int paragraphs = Math.max(area.getParagraphs().size(), 1);
        Double measured = area.totalHeightEstimateProperty().getValue();
        // Until the area has laid out its lines, guess 1.6 times the default font size per line.
        double perLine = measured != null && measured > 0 ? measured / paragraphs
                : 1.6 * Math.max(javafx.scene.text.Font.getDefault().getSize(), 12);
        int lines = Math.min(Math.max(paragraphs, 3), MAX_VISIBLE_LINES);
        // Room for the horizontal scroll bar, so a long line never hides the last one.
        setPrefHeight(lines * perLine + 24);
    }
}
