package processlab.trace;

import java.util.Map;

/** One event of a Chrome trace file as read: the fields ProcessLab uses, and the scalar args. */
record TraceEvent(
        String name,
        String category,
        String phase,
        double ts,
        double dur,
        long pid,
        long tid,
        Map<String, Object> args) {

    long tsNs() {
        return TraceFormat.nanos(ts);
    }

    long endNs() {
        return TraceFormat.nanos(ts + Math.max(0, dur));
    }

    String stringArg(String key, String fallback) {
        Object value = args.get(key);
        return value == null ? fallback : value.toString();
    }

    /** A numeric arg, or null when absent or not a number (e.g. {@code "code": null}). */
    Number numberArg(String key) {
        return args.get(key) instanceof Number n ? n : null;
    }
}
