package processlab.ui.code;

import javafx.scene.Cursor;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.CodeArea;

import processlab.ui.lesson.CodeHighlighter;

/**
 * An editable code block. It first shows the code as light, coloured text with line numbers, and turns into
 * the real editor ({@link EditorArea}: RichTextFX, undo) on the first click, focus or edit: a lesson with
 * several runnable blocks opens as fast as one without, and nothing changes for the student.
 */
public final class CodeEditor extends StackPane {

    private final String language;
    private String text;
    private EditorArea live;

    public CodeEditor(String code, String language) {
        this.language = language;
        this.text = code;
        getStyleClass().add("code-editor");
        setFocusTraversable(true);
        setCursor(Cursor.TEXT);
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, event -> {
            if (live == null) {
                // The press landed on the preview; the editor that replaces it takes the focus instead, also
                // once this press is done (the press's own target, now gone, may have taken it meanwhile).
                CodeArea area = live().area();
                area.requestFocus();
                javafx.application.Platform.runLater(area::requestFocus);
            }
        });
        focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                live().area().requestFocus();
            }
        });
        showPreview();
    }

    /** The real editor, made now if it was not yet. */
    public CodeArea area() {
        return live().area();
    }

    public boolean isLive() {
        return live != null;
    }

    public String text() {
        return live == null ? text : live.text();
    }

    /** Replaces all the code (Reset); once the editor is live the replacement can itself be undone. */
    public void setText(String code) {
        if (live == null) {
            text = code;
            showPreview();
        } else {
            live.setText(code);
        }
    }

    /** Marks a 1-based line as the one an error came from and moves the caret there; 0 clears the mark. */
    public void markErrorLine(int line) {
        if (line <= 0 && live == null) {
            return;
        }
        live().markErrorLine(line);
    }

    /** The marked error line, or 0. */
    public int errorLine() {
        return live == null ? 0 : live.errorLine();
    }

    private EditorArea live() {
        if (live == null) {
            setFocusTraversable(false);
            live = new EditorArea(text, language);
            getChildren().setAll(live);
        }
        return live;
    }

    private void showPreview() {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("code-preview");
        String shown = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        int lineNumber = 1;
        flow.getChildren().add(lineNumber(lineNumber));
        for (CodeHighlighter.Token token : CodeHighlighter.tokenize(shown, language)) {
            String[] lines = token.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    flow.getChildren().addAll(new Text("\n"), lineNumber(++lineNumber));
                }
                if (!lines[i].isEmpty()) {
                    Text run = new Text(lines[i]);
                    run.getStyleClass().add("text");
                    if (token.kind() != CodeHighlighter.Kind.PLAIN) {
                        run.getStyleClass().add(token.kind().name().toLowerCase());
                    }
                    flow.getChildren().add(run);
                }
            }
        }
        getChildren().setAll(new ClippedFlow(flow));
    }

    private static Text lineNumber(int number) {
        Text text = new Text(String.format("%3d  ", number));
        text.getStyleClass().addAll("text", "preview-lineno");
        return text;
    }

    /**
     * The preview's lines at their full length and height, cut at the right edge: as tall as the code, and
     * long lines are not wrapped (wrapped code misleads about indentation).
     */
    private static final class ClippedFlow extends Region {

        private final TextFlow flow;

        ClippedFlow(TextFlow flow) {
            this.flow = flow;
            getStyleClass().add("code-preview-box");
            getChildren().add(flow);
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(widthProperty());
            clip.heightProperty().bind(heightProperty());
            setClip(clip);
        }

        @Override
        protected double computePrefHeight(double width) {
            return flow.prefHeight(-1) + snappedTopInset() + snappedBottomInset();
        }

        @Override
        protected double computePrefWidth(double height) {
            return flow.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
        }

        @Override
        protected double computeMinWidth(double height) {
            return 0;
        }

        @Override
        protected void layoutChildren() {
            flow.resizeRelocate(snappedLeftInset(), snappedTopInset(), flow.prefWidth(-1), flow.prefHeight(-1));
        }
    }
}
