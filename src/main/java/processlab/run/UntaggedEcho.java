package processlab.run;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import processlab.worker.TaggedOutput;

/**
 * Copies a run's raw output to a {@link RunConsole} stream with the instrumentation's pid tags (RS, digits, US)
 * taken out, so the console gets exactly the bytes the program wrote. A tag may be split between two reads: its
 * start is held back until it is known to be a tag. Anything else (a lone RS in binary output) passes unchanged.
 */
final class UntaggedEcho {

    /** RS, up to 19 digits of a pid, US. */
    private static final int LONGEST_TAG = 21;

    private final OutputStream out;
    private final byte[] held = new byte[LONGEST_TAG];
    private int heldLength;
    private boolean broken;

    UntaggedEcho(OutputStream out) {
        this.out = out;
    }

    void write(byte[] buffer, int length) {
        if (broken) {
            return;
        }
        try {
            int from = 0; // the start of the bytes that pass as they are
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
                if (heldLength == 0) {
                    if (b == TaggedOutput.START) {
                        out.write(buffer, from, i - from);
                        held[heldLength++] = b;
                        from = i + 1;
                    }
                    continue;
                }
                from = i + 1;
                if (b >= '0' && b <= '9' && heldLength < LONGEST_TAG - 1) {
                    held[heldLength++] = b;
                } else if (b == TaggedOutput.END && heldLength > 1) {
                    heldLength = 0; // a whole tag: dropped
                } else {
                    out.write(held, 0, heldLength); // no tag after all
                    heldLength = 0;
                    if (b == TaggedOutput.START) {
                        held[heldLength++] = b;
                    } else {
                        from = i;
                    }
                }
            }
            if (heldLength == 0) {
                out.write(buffer, from, length - from);
            }
            out.flush();
        } catch (IOException e) {
            broken = true; // the console is gone (a closed pipe): the run goes on, and the Recording keeps its copy
        }
    }

    /** At the end of the output: a tag's start held back was no tag. */
    void finish() {
        if (broken || heldLength == 0) {
            return;
        }
        try {
            out.write(Arrays.copyOf(held, heldLength));
            out.flush();
        } catch (IOException e) {
            broken = true;
        }
        heldLength = 0;
    }
}
