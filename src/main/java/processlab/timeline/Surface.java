package processlab.timeline;

/**
 * The few drawing operations a timeline needs. The JavaFX canvas and a Java2D image each implement it, so one
 * {@link TimelineDrawing} paints both and the app and {@code render} show the same picture. Colours are ARGB.
 * One difference: in the app a label too long for its clip ends in an ellipsis, in an image it is cut.
 */
public interface Surface {

    void fillRect(double x, double y, double w, double h, int argb);

    void strokeRect(double x, double y, double w, double h, double lineWidth, int argb);

    void line(double x1, double y1, double x2, double y2, double lineWidth, int argb);

    /** Text with its baseline at y. */
    void text(String text, double x, double y, double size, boolean bold, int argb);

    double textWidth(String text, double size, boolean bold);

    /** Restricts drawing to a rectangle (within any clip already set) until the matching {@link #unclip()}. */
    void clip(double x, double y, double w, double h);

    void unclip();
}
