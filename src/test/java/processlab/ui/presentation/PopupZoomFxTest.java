package processlab.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A drop-down opened on a zoomed page lists its choices at the page's zoom: the list is a window of its own, and
 * in presentation mode it showed 13-pixel text under 32-pixel prose.
 */
@ExtendWith(ApplicationExtension.class)
class PopupZoomFxTest {

    private ZoomPane zoom;
    private ComboBox<String> choices;
    private PopupZoom popupZoom;

    @Start
    void start(Stage stage) {
        choices = new ComboBox<>(FXCollections.observableArrayList("0.5 of 2 cores busy", "1.0 of 2 cores busy"));
        zoom = new ZoomPane(new StackPane(choices));
        zoom.setStyle("-fx-font-size: " + PopupZoom.BASE_FONT_PX + "px;"); // the app's base size, as processlab.css
        stage.setScene(new Scene(zoom, 800, 600));
        stage.show();
        popupZoom = new PopupZoom(stage, zoom);
        popupZoom.install();
    }

    @Test
    void theChoicesOfADropDownShowAtThePagesZoom(FxRobot robot) throws Exception {
        assertEquals(PopupZoom.BASE_FONT_PX, openedCellFontSize(robot), 0.6, "no zoom, the usual size");
        robot.interact(() -> zoom.zoomProperty().set(2.0));
        assertEquals(2 * PopupZoom.BASE_FONT_PX, openedCellFontSize(robot), 0.6, "at zoom 2, twice the size");
        robot.interact(popupZoom::uninstall);
    }

    /** Opens the drop-down, reads the font size of its first choice as shown, and closes it. */
    private double openedCellFontSize(FxRobot robot) throws Exception {
        robot.interact(choices::show);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> Window.getWindows().stream().anyMatch(w -> w instanceof PopupWindow && w.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        double[] size = new double[1];
        robot.interact(() -> {
            for (Window window : Window.getWindows()) {
                if (window instanceof PopupWindow && window.isShowing()) {
                    ListCell<?> cell = (ListCell<?>) window.getScene().getRoot().lookup(".list-cell");
                    size[0] = cell.getFont().getSize();
                }
            }
            choices.hide();
        });
        return size[0];
    }
}
