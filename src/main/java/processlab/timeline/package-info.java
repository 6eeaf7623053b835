/**
 * The toolkit-free timeline: lanes, axis, palette and layout computed from a
 * {@link processlab.recording.Recording}, drawn on a {@link processlab.timeline.Surface} (Java2D for
 * {@code render} and PNG export, a JavaFX canvas in {@code ui.timeline}). No JavaFX here, so {@code cli} can
 * draw without a display.
 */
package processlab.timeline;
