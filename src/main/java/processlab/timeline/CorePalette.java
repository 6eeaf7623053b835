package processlab.timeline;

import processlab.recording.CpuSample;

/**
 * Colours of CPU cores on the timeline and the core meters: the Okabe–Ito palette, chosen because people with
 * the common forms of colour blindness can still tell its colours apart. Red-ish vermillion comes late in the
 * order because red also means "failed" (a non-zero exit code).
 */
public final class CorePalette {

    /** RGB without alpha. */
    private static final int[] OKABE_ITO = {
        0x0072B2, // blue
        0xE69F00, // orange
        0x009E73, // bluish green
        0xCC79A7, // reddish purple
        0x56B4E9, // sky blue
        0xF0E442, // yellow
        0xD55E00, // vermillion
        0x000000, // black
    };

    /** The colour of a thread whose core the OS does not report. */
    public static final int UNKNOWN = 0x9A9A9A;

    private CorePalette() {}

    /** Opaque ARGB colour of a logical core; cores past the eighth reuse the palette. */
    public static int colorOf(int core) {
        if (core == CpuSample.UNKNOWN_CORE || core < 0) {
            return 0xFF000000 | UNKNOWN;
        }
        return 0xFF000000 | OKABE_ITO[core % OKABE_ITO.length];
    }
}
