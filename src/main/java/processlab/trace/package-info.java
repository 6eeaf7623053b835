/**
 * A run after the fact: {@link processlab.trace.ChromeTrace} writes a {@link processlab.recording.Recording} as Chrome
 * Trace Event JSON (DESIGN.md section 4; opens in Perfetto), {@link processlab.trace.ChromeTraceReader} reads
 * such a file back, {@link processlab.trace.CpuSlices} turns per-interval samples into on-CPU slices for
 * drawing and export, and {@link processlab.trace.RunSummary} sums a run up (wall, CPU, average parallelism,
 * exit codes, speed-up).
 */
package processlab.trace;
