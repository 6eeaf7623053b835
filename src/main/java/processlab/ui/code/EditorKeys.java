package processlab.ui.code;

import static javafx.scene.input.KeyCode.BACK_SPACE;
import static javafx.scene.input.KeyCode.ENTER;
import static javafx.scene.input.KeyCode.TAB;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.consumeWhen;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;
import static org.fxmisc.wellbehaved.event.InputMap.when;

import java.util.Optional;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The editor's indenting keys: Enter keeps the line's indentation (a level more after a Python {@code :}), Tab and
 * Shift+Tab indent and dedent by four spaces (every selected line at once), Backspace in leading spaces goes back a
 * whole level. The rules are {@link PythonIndent}'s; this reads the area's text and selection and makes the edit,
 * one undo step each. Added over RichTextFX's own keys, which then no longer insert a tab shown 8 wide.
 */
final class EditorKeys {

    private EditorKeys() {}

    static void install(CodeArea area, boolean python) {
        Nodes.addInputMap(
                area,
                when(
                        area::isEditable,
                        sequence(
                                consume(
                                        keyPressed(ENTER),
                                        e -> apply(
                                                area,
                                                PythonIndent.newline(area.getText(), start(area), end(area), python))),
                                consume(
                                        keyPressed(TAB),
                                        e -> apply(area, PythonIndent.indent(area.getText(), start(area), end(area)))),
                                consume(
                                        keyPressed(TAB, SHIFT_DOWN),
                                        e -> PythonIndent.dedent(area.getText(), start(area), end(area))
                                                .ifPresent(edit -> apply(area, edit))),
                                // Otherwise Backspace does what it always does (one character, or the selection).
                                consumeWhen(
                                        keyPressed(BACK_SPACE),
                                        () -> backspace(area).isPresent(),
                                        e -> backspace(area).ifPresent(edit -> apply(area, edit))))));
    }

    private static Optional<PythonIndent.Edit> backspace(CodeArea area) {
        IndexRange selection = area.getSelection();
        return selection.getLength() > 0 ? Optional.empty() : PythonIndent.backspace(area.getText(), start(area));
    }

    private static void apply(CodeArea area, PythonIndent.Edit edit) {
        area.replaceText(edit.start(), edit.end(), edit.replacement());
        area.selectRange(edit.anchor(), edit.caret());
        area.requestFollowCaret();
    }

    private static int start(CodeArea area) {
        return area.getSelection().getStart();
    }

    private static int end(CodeArea area) {
        return area.getSelection().getEnd();
    }
}
