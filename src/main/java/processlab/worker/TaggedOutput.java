package processlab.worker;

/**
 * The pid tag that starts an output line (RS + pid + US), so the app can tell which process wrote it; the
 * app strips it before display. The one Java home of these bytes: child JVMs write tags through
 * {@link #println}, the app's output pump reads them with {@link #START} and {@link #END}. The Python
 * instrumentation ({@code sitecustomize.py}) writes the same bytes.
 */
public final class TaggedOutput {

    /** ASCII record separator: opens the tag; never part of normal text. */
    public static final char START = '\u001e';
    /** ASCII unit separator: closes the tag. */
    public static final char END = '\u001f';

    private static final String OWN_TAG = tag(ProcessHandle.current().pid());

    private TaggedOutput() {}

    /** The tag for lines written by process {@code pid}. */
    public static String tag(long pid) {
        return START + Long.toString(pid) + END;
    }

    public static void println(String text) {
        System.out.println(OWN_TAG + text);
    }
}
