package processlab.ui.presentation;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows its content enlarged by {@link #zoomProperty()}: the content is laid out at (size / zoom) and then
 * scaled, so everything — text, code, buttons, timelines — grows together and still fits the window. Scaling
 * rather than changing font sizes works whatever units the stylesheets use.
 */
public final class ZoomPane extends Region {

    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 4.0;

    private final Parent content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);

    public ZoomPane(Parent content) {
        this.content = content;
        getStyleClass().add("zoom-pane");
        content.getTransforms().add(scale);
        getChildren().add(content);
        zoom.addListener((obs, old, value) -> {
            double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value.doubleValue()));
            if (clamped != value.doubleValue()) {
                zoom.set(clamped);
                return;
            }
            scale.setX(clamped);
            scale.setY(clamped);
            requestLayout();
        });
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public Parent content() {
        return content;
    }

    @Override
    protected void layoutChildren() {
        double z = zoom.get();
        content.resizeRelocate(0, 0, getWidth() / z, getHeight() / z);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1) * zoom.get();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(-1) * zoom.get();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
