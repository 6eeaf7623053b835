/**
 * Running real programs and recording what the OS saw them do.
 *
 * <pre>{@code
 * RunHost host = RunHost.create();                // once per owner: the app's window, a command, a test class
 * RunEnvironment env = RunEnvironment.of(host);
 * RunSession session = RunSession.start(RunSpec.PythonSource.of(code), env); // or startAsync(spec, env)
 * Recording recording = session.recording();     // read once per frame while it grows
 * session.completion().thenAccept(result -> ...); // RunResult: exit code, StopReason, wall time
 * session.stop();                                  // ends the whole tree; returns at once
 * host.stopAll();                                  // ends every run of the host (the window closes)
 * }</pre>
 *
 * <p>A {@link processlab.run.spec.RunSpec} is a built-in demo ({@code Demo}), the student's Python code
 * ({@code PythonSource}), any program ({@code Program}, for {@code trace}) or a one-file Java program
 * ({@code JavaSource}); each carries its {@link processlab.run.spec.RunLimits}. Python processes of a run are
 * instrumented by {@code processlab/python/sitecustomize.py} (task events, pid-tagged output); Java workers in
 * {@code processlab.worker} report the same events. The OS observer and core sampler live in
 * {@code processlab.run.observe}.
 */
package processlab.run;
