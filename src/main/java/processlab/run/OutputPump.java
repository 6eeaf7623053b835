package processlab.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import processlab.recording.OutputLine;
import processlab.recording.Recording;
import processlab.run.spec.RunLimits;
import processlab.worker.TaggedOutput;

/**
 * Reads one output stream of a run line by line into the Recording, on its own thread.
 *
 * <p>Python processes and worker JVMs of a run start each line with an invisible pid tag ({@link TaggedOutput};
 * written by the shipped {@code sitecustomize.py} and by the workers), which is stripped here and becomes
 * {@link OutputLine#pid()}; untagged lines belong to the root. Memory stays bounded whatever the program
 * writes: a line longer than the limit is cut there and shown at once with a note, the rest of it skipped (a line
 * that never ends would otherwise show nothing), and past the total byte limit the stream is only drained. A run
 * attached to a {@link RunConsole} also gets every byte copied there as it is read, uncut (see {@link UntaggedEcho}).
 */
final class OutputPump implements Runnable {

    private final InputStream in;
    private final boolean stderr;
    private final Recording recording;
    private final long rootPid;
    private final int maxLineBytes;
    private final long maxTotalBytes;
    private final Runnable onOverLimit;
    private final UntaggedEcho echo;

    private byte[] line = new byte[256];
    private int length;
    private boolean truncated;
    /** The current line was cut and shown: its bytes are skipped up to its newline. */
    private boolean skipping;

    private long total;
    private boolean overLimit;

    OutputPump(
            InputStream in, boolean stderr, Recording recording, long rootPid, RunLimits limits, Runnable onOverLimit) {
        this(in, stderr, recording, rootPid, limits, onOverLimit, null);
    }

    /** @param echo where to copy the raw output as well, or null */
    OutputPump(
            InputStream in,
            boolean stderr,
            Recording recording,
            long rootPid,
            RunLimits limits,
            Runnable onOverLimit,
            java.io.OutputStream echo) {
        this.echo = echo == null ? null : new UntaggedEcho(echo);
        this.in = in;
        this.stderr = stderr;
        this.recording = recording;
        this.rootPid = rootPid;
        this.maxLineBytes = limits.maxLineChars();
        this.maxTotalBytes = limits.maxOutputBytes();
        this.onOverLimit = onOverLimit;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (echo != null) {
                    echo.write(buffer, n);
                }
                accept(buffer, n);
            }
        } catch (IOException e) {
            // The pipe closed under us (the process was killed): what was read is kept.
        }
        if (echo != null) {
            echo.finish();
        }
        if (length > 0) {
            emit();
        }
    }

    private void accept(byte[] buffer, int n) {
        recording.countOutputBytes(n);
        if (overLimit) {
            return;
        }
        total += n;
        for (int i = 0; i < n; i++) {
            byte b = buffer[i];
            if (b == '\n') {
                endLine();
            } else if (!skipping) {
                keep(b);
            }
        }
        if (total > maxTotalBytes) {
            overLimit = true;
            recording.addNotice("The program wrote more than " + (maxTotalBytes >> 20) + " MB of output: stopped.");
            onOverLimit.run();
        }
    }

    private void endLine() {
        if (skipping) {
            skipping = false; // the line was shown when it was cut
        } else {
            emit();
        }
    }

    /** Adds a byte to the line; at the limit the line is cut and shown now, and the rest of it skipped. */
    private void keep(byte b) {
        if (length < maxLineBytes) {
            if (length == line.length) {
                line = Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
            }
            line[length++] = b;
        } else {
            truncated = true;
            emit();
            skipping = true;
        }
    }

    private void emit() {
        int end = length;
        if (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        length = 0;
        // The tag is read from the bytes: a flood of short lines made every line twice, with and without it.
        long pid = rootPid;
        int from = 0;
        if (end > 0 && line[0] == TaggedOutput.START) {
            int close = 1;
            while (close < end && line[close] != TaggedOutput.END) {
                close++;
            }
            if (close > 1 && close < end) {
                pid = pidOf(line, 1, close);
                from = close + 1;
            }
        }
        String text = new String(line, from, end - from, StandardCharsets.UTF_8);
        text = stripTags(text);
        if (truncated) {
            text = text + " … (line cut at " + maxLineBytes + " bytes)";
            truncated = false;
        }
        recording.addOutput(pid, recording.now(), stderr, text);
    }

    /** The decimal pid between {@code from} and {@code to}; the root's when it is not one. */
    private long pidOf(byte[] bytes, int from, int to) {
        if (to - from > 18) {
            return rootPid;
        }
        long pid = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                return rootPid;
            }
            pid = pid * 10 + (bytes[i] - '0');
        }
        return pid;
    }

    /** Removes tags left inside a line, where two processes' partial lines met. */
    static String stripTags(String text) {
        int start = text.indexOf(TaggedOutput.START);
        if (start < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int i = 0;
        while (start >= 0) {
            kept.append(text, i, start);
            int close = text.indexOf(TaggedOutput.END, start);
            i = close < 0 ? start + 1 : close + 1;
            start = text.indexOf(TaggedOutput.START, i);
        }
        kept.append(text, i, text.length());
        return kept.toString();
    }
}
