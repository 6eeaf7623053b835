package processlab.ui.code;

import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.fxmisc.richtext.CodeArea;

/**
 * An editable code block. It first shows the code as a light {@link CodePreview}, and turns into the real editor
 * ({@link EditorArea}: RichTextFX, undo, Python keys) on the first click, focus or edit: a lesson with several
 * runnable blocks opens as fast as one without, and nothing changes for the student — the caret lands where the
 * click was, and font, gutter and size stay as they were.
 */
public final class CodeEditor extends StackPane {

    private final String language;
    private String text;
    private CodePreview preview;
    private EditorArea live;

    public CodeEditor(String code, String language) {
        this.language = language;
        this.text = code;
        getStyleClass().add("code-editor");
        setFocusTraversable(true);
        setCursor(Cursor.TEXT);
        addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressedOnPreview);
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

    private void pressedOnPreview(MouseEvent event) {
        if (live != null || CodePreview.isScrollBar(event.getTarget())) {
            return;
        }
        int caret = preview.offsetAt(event.getSceneX(), event.getSceneY());
        CodeArea area = live().area();
        area.moveTo(caret);
        // The press's own target, the preview, is gone: the editor takes the focus, also once this press is done
        // (that target may have taken it meanwhile).
        area.requestFocus();
        Platform.runLater(area::requestFocus);
    }

    private EditorArea live() {
        if (live == null) {
            setFocusTraversable(false);
            live = new EditorArea(text, language);
            CodePreview shown = preview;
            preview = null;
            // Until the editor has measured its lines it keeps the preview's height, so the page does not move.
            live.setPrefHeight(shown.getHeight() > 0 ? shown.getHeight() : shown.prefHeight(-1));
            getChildren().setAll(live);
            if (getScene() != null && shown.getWidth() > 0) {
                // Laid out now, so that it can be scrolled as far as the preview was.
                applyCss();
                layout();
                live.scrollTo(shown.scrolledX(), shown.scrolledY());
            }
        }
        return live;
    }

    private void showPreview() {
        preview = new CodePreview(text, language);
        getChildren().setAll(preview);
    }
}
