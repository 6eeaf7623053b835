/**
 * Measurement only: the benchmarks behind {@code processlab bench} (start-up, observer overhead, frame times,
 * first demo, output flood) and the child programs they time. {@code cli} reaches them through
 * {@link processlab.bench.Benchmarks}; they drive the real app, so this package may use the UI and JavaFX, and
 * nothing in the app depends on it.
 */
package processlab.bench;
