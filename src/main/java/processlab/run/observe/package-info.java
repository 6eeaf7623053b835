/**
 * Watching a run from the operating system: {@link processlab.run.observe.ProcessTreeObserver} follows a
 * process tree and every thread in it (on-CPU nanoseconds, state and core per interval), and
 * {@link processlab.run.observe.CoreLoadSampler} records the load of every core of the machine. Both write
 * into a {@link processlab.recording.Recording} from their own named daemon thread.
 *
 * <p>On Linux both read {@code /proc} through files kept open and re-read with positional reads, so that
 * following 16 busy threads at 100 Hz costs a small part of one core; elsewhere OSHI stands in, and what it
 * cannot tell (the core a thread runs on) is marked unknown rather than guessed.
 */
package processlab.run.observe;
