package processlab.recording;

/**
 * A line a process of the run wrote.
 *
 * @param seq    increasing number, so a reader can ask for the lines after the last one it showed
 * @param pid    the process that wrote it (for Python children: the pid the instrumentation reported;
 *               otherwise the run's root process)
 * @param stderr whether it came from standard error
 */
public record OutputLine(long seq, long pid, long timeNs, boolean stderr, String text) {}
