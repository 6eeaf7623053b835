package processlab.ui.presentation;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.PopupControl;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Gives the window's pop-ups (a drop-down's list, a tooltip, a context menu) the zoom of its page. They are
 * windows of their own, outside the {@link ZoomPane}, so a zoomed page opened 13-pixel lists that nobody past the
 * first row could read: the prediction choices of a demo in presentation mode. Their text is set to the app's
 * base size times the zoom, as each opens; the pop-up sizes itself to its bigger content.
 */
final class PopupZoom {

    /** The app's base font size (processlab.css, .root): what a zoom of 1 shows. */
    static final double BASE_FONT_PX = 14;

    private final Window owner;
    private final ZoomPane zoomPane;
    private final ListChangeListener<Window> opened = this::onWindowsChanged;

    PopupZoom(Window owner, ZoomPane zoomPane) {
        this.owner = owner;
        this.zoomPane = zoomPane;
    }

    void install() {
        Window.getWindows().addListener(opened);
    }

    void uninstall() {
        Window.getWindows().removeListener(opened);
    }

    private void onWindowsChanged(ListChangeListener.Change<? extends Window> change) {
        while (change.next()) {
            for (Window window : change.getAddedSubList()) {
                if (window instanceof PopupWindow popup && isOurs(popup)) {
                    zoom(popup);
                }
            }
        }
    }

    /** Whether the pop-up was opened from this window, directly or from one of its pop-ups. */
    private boolean isOurs(PopupWindow popup) {
        Window window = popup;
        while (window instanceof PopupWindow child) {
            window = child.getOwnerWindow();
        }
        return window == owner;
    }

    private void zoom(PopupWindow popup) {
        double zoom = zoomPane.zoomProperty().get();
        String style = Math.abs(zoom - 1) < 1e-6
                ? ""
                : String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * zoom);
        if (popup instanceof PopupControl control) {
            // A control's pop-up (a drop-down's list, a tooltip, a menu) takes its CSS from the pop-up control,
            // whose parent for CSS is the control that opened it, not from the pop-up's scene.
            control.setStyle(style);
        } else if (popup.getScene() != null && popup.getScene().getRoot() != null) {
            popup.getScene().getRoot().setStyle(style);
        }
    }
}
