/**
 * The app's side of its benchmarks: the {@code StartupProbe} marker printed once the first lesson is painted, the
 * empty stage the start-up benchmark compares against, and the {@code FirstDemoProbe} that presses a demo's Run the
 * way a student would. The app's window calls them only when a benchmark started it with their system property;
 * the benchmarks that read their markers live in {@code processlab.bench}. (The start-up marks every UI package
 * may leave, {@code StartupTrace}, are in {@code processlab.ui.common}.)
 */
package processlab.ui.probe;
