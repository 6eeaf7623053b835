package processlab.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Gives a run's program the input of the {@link RunConsole} it is attached to, as it comes (each read is passed on
 * at once, so a program asking a question gets the answer typed), and end-of-file when that input ends.
 *
 * <p>A read from a terminal cannot be interrupted, so the thread may wait for input after the run has ended; it is
 * a daemon and ends with the JVM, or at the next line typed (which then has nowhere to go).
 */
final class InputPump implements Runnable {

    private final InputStream from;
    private final OutputStream to;

    InputPump(InputStream from, OutputStream to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[8192];
        try (to) {
            int n;
            while ((n = from.read(buffer)) >= 0) {
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (IOException e) {
            // The program closed its input or ended: what it did not read is not wanted.
        }
    }
}
