/**
 * The app's side of start-up measurement: the hooks the app calls while it starts ({@code StartupTrace} marks,
 * the {@code StartupProbe} marker) and the empty stage the start-up benchmark compares against. Small and
 * dependent on nothing else of the app, so every UI package may call it; the benchmarks that read these markers
 * live in {@code processlab.bench}.
 */
package processlab.ui.probe;
