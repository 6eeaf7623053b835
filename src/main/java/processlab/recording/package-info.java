/**
 * What a run recorded: the append-only {@link processlab.recording.Recording} (processes, thread tracks with
 * their CPU samples, task spans, output lines, per-core load) and the {@link processlab.recording.RunAccounting}
 * the OS counted. {@code run} writes it; {@code trace}, the timeline layout and the UI read it. Thread-safe, no
 * JavaFX, and it knows nothing of how runs are started.
 */
package processlab.recording;
