package processlab.run.process;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Ends the runs' process groups when the app dies, even by {@code kill -9}.
 *
 * <p>A tiny {@code sh} started once, in a session of its own so terminal signals do not reach it, reads
 * group ids from a pipe whose other end only the app holds. When the app exits in any way the kernel
 * closes that pipe, {@code read} sees end-of-file, and the shell kills every group still listed.
 */
public final class Guardian {

    private static final System.Logger LOG = System.getLogger(Guardian.class.getName());

    // "-N" removes group N: its run ended normally, so the id may be reused by someone else later.
    // "a PID NICE" asks, if the app dies, to give the autogroup of PID (a process of the app's own session) its
    // niceness NICE back, since the app lowers it while runs are live ("a" alone: nothing to give back).
    // dash's kill takes "-9 -PGID" (it rejects "-KILL -- -PGID"). The kernel takes one autogroup change per 100 ms.
    private static final String SCRIPT = String.join(
            "\n",
            "trap '' INT HUP TERM QUIT",
            "live=''",
            "restore=''",
            "while IFS= read -r g; do",
            "  case $g in",
            "    a*) restore=${g#a} ;;",
            "    -*) n=${g#-}; keep=''",
            "        for x in $live; do [ \"$x\" = \"$n\" ] || keep=\"$keep $x\"; done",
            "        live=$keep ;;",
            "    *) live=\"$live $g\" ;;",
            "  esac",
            "done",
            "for g in $live; do kill -9 -$g 2>/dev/null; done",
            "if [ -n \"$restore\" ]; then",
            "  set -- $restore",
            "  for try in 1 2 3 4 5; do echo \"$2\" 2>/dev/null > /proc/$1/autogroup && break; sleep 0.2; done",
            "fi",
            "");

    private final Process shell;
    private final OutputStream pipe;

    private Guardian(Process shell) {
        this.shell = shell;
        this.pipe = shell.getOutputStream();
    }

    /** A new guardian (its owner keeps it: see {@code RunHost}); null if it cannot start. */
    public static Guardian startNew() {
        try {
            ProcessBuilder builder = new ProcessBuilder(ProcessGroups.inNewGroup(List.of("sh", "-c", SCRIPT)));
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            return new Guardian(builder.start());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "no guardian: runs may outlive a crashed app", e);
            return null;
        }
    }

    /** Closes the pipe as the app's death would: the guardian kills the groups it still watches, then exits. */
    public void closePipe() throws IOException {
        pipe.close();
    }

    public long pid() {
        return shell.pid();
    }

    public void watch(long pgid) {
        send(Long.toString(pgid));
    }

    public void forget(long pgid) {
        send("-" + pgid);
    }

    /**
     * If the app dies from now on, give the autogroup that {@code pid} belongs to (the app's own session) its
     * niceness {@code niceness} back.
     */
    public void restoreAutogroupOnDeath(long pid, int niceness) {
        send("a " + pid + " " + niceness);
    }

    /** Nothing to give back any more. */
    public void forgetAutogroup() {
        send("a");
    }

    private synchronized void send(String line) {
        try {
            pipe.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
            pipe.flush();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "guardian is gone", e);
        }
    }
}
