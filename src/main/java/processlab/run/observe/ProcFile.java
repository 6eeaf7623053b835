package processlab.run.observe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One small {@code /proc} file kept open and re-read from offset 0 (a positional read, {@code pread}), so a
 * sample costs one system call instead of open, read and close. The kernel regenerates the text on every
 * read at offset 0. Parsing works on the bytes in place: no regex, no split, no garbage per tick.
 *
 * <p>Not thread-safe: each file belongs to the one observer thread that reads it.
 */
final class ProcFile implements AutoCloseable {

    private final FileChannel channel;
    // Parsed from a plain array: the observer's loop may run interpreted for its first seconds, where one
    // ByteBuffer.get(i) call per byte costs tens of times more than an array access.
    private final byte[] bytes;
    /**
     * What the kernel reads into. Direct: a read into a heap buffer goes through a temporary direct buffer
     * and an extra copy inside NIO; this way the only copy is the bulk one into {@link #bytes}.
     */
    private final ByteBuffer buffer;

    private int length;
    /** Index of the last ')' of a stat line (end of the command name), computed once per read; -2 = not yet. */
    private int commEnd = -2;

    private ProcFile(FileChannel channel, int capacity) {
        this.channel = channel;
        this.bytes = new byte[capacity];
        this.buffer = ByteBuffer.allocateDirect(capacity);
    }

    /** Opens the file, or returns null when it does not exist (the process or thread is gone). */
    static ProcFile openOrNull(Path path, int capacity) {
        try {
            return new ProcFile(FileChannel.open(path, StandardOpenOption.READ), capacity);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /**
     * Reads the whole file again.
     *
     * @return false when it cannot be read any more (the process or thread has been reaped)
     */
    boolean reread() {
        buffer.clear();
        length = 0;
        commEnd = -2;
        try {
            // One read: a /proc file made by seq_file hands over all that fits in the buffer at once, so a short
            // read is the whole text. Reading on until read() says "end of file" doubled the system calls.
            // A text longer than the buffer is cut, as before (the capacity is chosen to hold the fields used).
            length = Math.max(0, channel.read(buffer, 0));
            buffer.flip();
            buffer.get(bytes, 0, length);
            return length > 0;
        } catch (IOException e) {
            return false;
        }
    }

    int length() {
        return length;
    }

    byte byteAt(int index) {
        return bytes[index];
    }

    /** The text read, for the rare non-hot-path use (names, command lines). NULs become spaces. */
    String text() {
        byte[] copy = new byte[length];
        for (int i = 0; i < length; i++) {
            copy[i] = bytes[i] == 0 ? (byte) ' ' : bytes[i];
        }
        return new String(copy, StandardCharsets.UTF_8).strip();
    }

    /** Calls {@code sink} with every unsigned decimal number of the text ({@code children}: "12 15 "). */
    void forEachNumber(java.util.function.LongConsumer sink) {
        int i = 0;
        while (i < length) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9') {
                long value = numberAt(i);
                sink.accept(value);
                while (i < length && bytes[i] >= '0' && bytes[i] <= '9') {
                    i++;
                }
            } else {
                i++;
            }
        }
    }

    /** The {@code n}-th (0-based) space-separated unsigned number of the text, or -1 when missing. */
    long nthNumber(int n) {
        int i = 0;
        for (int k = 0; k < n; k++) {
            while (i < length && bytes[i] != ' ') {
                i++;
            }
            i++;
        }
        return i < length ? numberAt(i) : -1;
    }

    /** The first unsigned decimal number of the text (schedstat's field 1: on-CPU ns), or -1. */
    long firstNumber() {
        return numberAt(0);
    }

    /**
     * Index of the first byte of field {@code field} (1-based, as in proc(5)) of a {@code stat} file. The
     * command name (field 2) is in parentheses and may itself hold spaces and ')', so counting starts after
     * the LAST ')'. Returns -1 when the file has fewer fields.
     */
    int statFieldStart(int field) {
        if (commEnd == -2) {
            commEnd = -1;
            for (int i = length - 1; i >= 0; i--) {
                if (bytes[i] == ')') {
                    commEnd = i;
                    break;
                }
            }
        }
        int close = commEnd;
        if (close < 0 || field < 3) {
            return -1;
        }
        int i = close + 2; // skip ") " to reach field 3
        for (int f = 3; f < field; f++) {
            while (i < length && bytes[i] != ' ') {
                i++;
            }
            i++;
        }
        return i < length ? i : -1;
    }

    /** A numeric field of a {@code stat} file (may be negative), or {@code fallback} when missing. */
    long statNumber(int field, long fallback) {
        int start = statFieldStart(field);
        if (start < 0) {
            return fallback;
        }
        boolean negative = bytes[start] == '-';
        long value = numberAt(negative ? start + 1 : start);
        return value < 0 ? fallback : (negative ? -value : value);
    }

    /**
     * The command name of a {@code stat} file (field 2, for a thread its name: the same text as its
     * {@code comm} file), from the first '(' to the last ')'; "" when there is none.
     */
    String statName() {
        int open = 0;
        while (open < length && bytes[open] != '(') {
            open++;
        }
        statFieldStart(3); // finds the last ')'
        return open >= commEnd ? "" : new String(bytes, open + 1, commEnd - open - 1, StandardCharsets.UTF_8).strip();
    }

    /** The state letter of a {@code stat} file (field 3), or '?' when missing. */
    char statState() {
        int start = statFieldStart(3);
        return start < 0 ? '?' : (char) bytes[start];
    }

    private long numberAt(int start) {
        long value = 0;
        int i = start;
        while (i < length) {
            byte b = bytes[i];
            if (b < '0' || b > '9') {
                break;
            }
            value = value * 10 + (b - '0');
            i++;
        }
        return i == start ? -1 : value;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing a /proc file cannot lose data; nothing to do.
        }
    }
}
