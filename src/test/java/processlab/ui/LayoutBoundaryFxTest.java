package processlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.ui.common.LayoutBoundary;

/** A live view's layout requests stop at the boundary: the page around it is not laid out again. */
@ExtendWith(ApplicationExtension.class)
class LayoutBoundaryFxTest {

    private VBox page;
    private ListView<String> live;
    private LayoutBoundary boundary;

    @Start
    void start(Stage stage) {
        live = new ListView<>();
        live.setPrefHeight(120);
        boundary = new LayoutBoundary(new VBox(live));
        page = new VBox(new Label("A wrapped paragraph of the lesson"), boundary);
        stage.setScene(new Scene(page, 400, 300));
        stage.show();
    }

    @Test
    void newLinesInALiveListDoNotLayOutThePage() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        boolean[] pageDirty = new boolean[2];
        WaitForAsyncUtils.asyncFx(() -> {
                    live.getItems().add("a new line of output");
                    pageDirty[0] = page.isNeedsLayout();
                    pageDirty[1] = ((javafx.scene.Parent)
                                    boundary.getChildrenUnmodifiable().get(0))
                            .isNeedsLayout();
                })
                .get(5, TimeUnit.SECONDS);
        assertFalse(pageDirty[0], "the page was asked to lay out again");
        assertTrue(pageDirty[1], "the content inside the boundary is laid out again");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> live.lookupAll(".list-cell").stream()
                        .anyMatch(cell ->
                                "a new line of output".equals(((javafx.scene.control.ListCell<?>) cell).getText())));
        assertEquals(page.getWidth(), boundary.getWidth(), 1e-6, "the boundary still takes the page's width");
    }
}
