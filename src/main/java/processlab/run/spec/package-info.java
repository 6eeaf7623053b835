/**
 * What a run is asked to be, before it runs: {@link processlab.run.spec.RunSpec} with its
 * {@link processlab.run.spec.RunLimits}, the {@link processlab.run.spec.Launch} a runtime builds from it, and the
 * {@link processlab.run.spec.RunException} it may fail with. The Python and Java runtimes
 * ({@code run.python}, {@code run.java}) build on these types without depending on {@code run} itself.
 */
package processlab.run.spec;
