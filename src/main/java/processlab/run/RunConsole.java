package processlab.run;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A terminal a run is attached to, as {@code trace} attaches the program it runs to its own: the run reads its
 * input from {@code stdin}, and everything it writes is copied to {@code stdout} and {@code stderr} byte for byte
 * (only the instrumentation's invisible pid tags are taken out), however long its lines. The Recording keeps its
 * own bounded copy of the output as lines, as for any run.
 */
public record RunConsole(InputStream stdin, OutputStream stdout, OutputStream stderr) {

    public RunConsole {
        Objects.requireNonNull(stdin);
        Objects.requireNonNull(stdout);
        Objects.requireNonNull(stderr);
    }
}
