package processlab.ui.common;

import javafx.beans.NamedArg;
import javafx.scene.layout.Region;

/**
 * A fence for layout requests. A live view that changes several times a second (the output list, its scroll bar)
 * asks for a new layout each time, and JavaFX passes that request up to the page: the whole lesson, with every
 * wrapped paragraph measured again, about 16 ms of the FX thread four times a second. Inside this region the
 * content is unmanaged, which makes it a layout root: its requests stop there and only it is laid out again. The
 * page still asks this region for its size, so use it for content whose size does not follow its data.
 */
public final class LayoutBoundary extends Region {

    private final Region content;

    /** @param content named, so a layout (FXML) can give it: {@code <LayoutBoundary><content>…} */
    public LayoutBoundary(@NamedArg("content") Region content) {
        this.content = content;
        content.setManaged(false);
        getChildren().add(content);
    }

    @Override
    protected double computeMinWidth(double height) {
        return content.minWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return content.minHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        content.resizeRelocate(0, 0, getWidth(), getHeight());
    }
}
