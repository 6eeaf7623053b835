package processlab.recording;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A list that only grows: writers append under a lock, readers read without one.
 *
 * <p>Elements live in fixed-size chunks that are never moved, and {@link #size()} is published through a
 * volatile write after the element is stored, so a reader that sees size {@code n} sees elements
 * {@code 0..n-1} complete. This lets the screen read a run once per frame while the observer keeps writing.
 *
 * <p>The first chunk starts small and doubles up to the full size: a trace of 200,000 threads holds as many
 * logs, most with a sample or two, and a full chunk each would cost 800 MB. A grown first chunk is a copy,
 * published in a new chunk table through the volatile field, so a reader sees either the old chunk (which
 * holds every element it may read) or the whole copy.
 */
public final class AppendLog<T> extends AbstractList<T> implements RandomAccess {

    private static final int CHUNK_BITS = 10;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int FIRST_CHUNK = 8;

    private volatile Object[][] chunks = new Object[16][];
    private volatile int size;

    public synchronized void append(T element) {
        int index = size;
        int chunk = index >>> CHUNK_BITS;
        Object[][] current = chunks;
        if (chunk == current.length) {
            Object[][] grown = new Object[current.length * 2][];
            System.arraycopy(current, 0, grown, 0, current.length);
            current = grown;
            chunks = grown;
        }
        int offset = index & (CHUNK - 1);
        if (current[chunk] == null) {
            current[chunk] = new Object[chunk == 0 ? FIRST_CHUNK : CHUNK];
        } else if (offset == current[chunk].length) {
            Object[][] table = current.clone();
            table[chunk] = Arrays.copyOf(current[chunk], current[chunk].length * 2);
            current = table;
            chunks = table;
        }
        current[chunk][offset] = element;
        size = index + 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return (T) chunks[index >>> CHUNK_BITS][index & (CHUNK - 1)];
    }

    @Override
    public int size() {
        return size;
    }

    /** The last element, or null when empty. */
    public T last() {
        int n = size;
        return n == 0 ? null : get(n - 1);
    }
}
