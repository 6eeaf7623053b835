package processlab.tryit;

import java.util.concurrent.CompletableFuture;
import processlab.recording.Recording;

/** One started run of a student's code. */
public interface RunningCode {

    /** Live while the run goes on; read it once per frame. */
    Recording recording();

    /** The file name the code runs as, as tracebacks print it ({@code main.py}). */
    String scriptName();

    /** Completes, on some background thread, once the run has ended and its recording is finished. */
    CompletableFuture<Recording> finished();

    /** Ends the whole process tree; safe to call more than once and after the end. */
    void stop();
}
