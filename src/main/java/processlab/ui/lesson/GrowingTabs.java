package processlab.ui.lesson;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Makes a tab pane re-measure when its tabs' content changes size (a try-it editor whose output appears).
 *
 * <p>Why it is needed: a content node often asks for layout while the tab pane is itself being laid out (text
 * areas restyle and re-measure during layout). JavaFX does not pass such a request up to a parent that is in its
 * layout pass, so the tab pane keeps the preferred height it cached and the content is clipped at its first
 * height. Here, when content asks for layout and its preferred height has changed, the tab pane is asked once
 * more after the pulse, when the request can reach the page above it. At most one such request is queued.
 */
public final class GrowingTabs {

    private final TabPane tabs;
    private boolean queued;
    private double lastWanted = -1;

    private GrowingTabs(TabPane tabs) {
        this.tabs = tabs;
    }

    /** Follows every tab's content, including content set later (tabs built when first opened). */
    public static void install(TabPane tabs) {
        GrowingTabs growing = new GrowingTabs(tabs);
        for (Tab tab : tabs.getTabs()) {
            growing.follow(tab.getContent());
            tab.contentProperty().addListener((obs, old, content) -> growing.follow(content));
        }
    }

    private void follow(Node content) {
        if (content instanceof Parent parent) {
            parent.needsLayoutProperty().addListener((obs, was, needs) -> {
                if (needs && !queued) {
                    queued = true;
                    Platform.runLater(this::remeasure);
                }
            });
        }
    }

    private void remeasure() {
        queued = false;
        Node content = tabs.getSelectionModel().getSelectedItem() == null
                ? null
                : tabs.getSelectionModel().getSelectedItem().getContent();
        if (content == null) {
            return;
        }
        double wanted = content.prefHeight(content.getLayoutBounds().getWidth());
        // Only a real change of size: caret blinks and restyles ask for layout without one.
        if (wanted != lastWanted) {
            lastWanted = wanted;
            tabs.requestLayout();
        }
    }
}
