/**
 * Small JavaFX helpers that several UI feature packages share (frame timing, painted-frame callbacks, sharp
 * canvases, layout boundaries, the classroom stylesheet). It depends on no other UI package, so features can use
 * it without depending on the app's wiring in {@code processlab.ui}.
 */
package processlab.ui.common;
