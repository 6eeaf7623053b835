package processlab.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TracebacksTest {

    @Test
    void syntaxErrorGivesItsLine() {
        List<String> stderr = List.of(
                "  File \"/tmp/run-1/main.py\", line 3",
                "    print(\"hi\"",
                "         ^",
                "SyntaxError: '(' was never closed");
        assertEquals(
                List.of(new PythonError(7, "SyntaxError", "'(' was never closed", 3)),
                Tracebacks.find(7, stderr, "main.py"));
    }

    @Test
    void theLastFrameInTheStudentsFileWinsOverLibraryFrames() {
        List<String> stderr = List.of(
                "Traceback (most recent call last):",
                "  File \"/tmp/run-1/main.py\", line 12, in <module>",
                "    main()",
                "  File \"/tmp/run-1/main.py\", line 9, in main",
                "    pool.map(f, data)",
                "  File \"/usr/lib/python3.11/multiprocessing/pool.py\", line 367, in map",
                "multiprocessing.pool.MaybeEncodingError: Error sending result");
        assertEquals(
                List.of(new PythonError(7, "MaybeEncodingError", "Error sending result", 9)),
                Tracebacks.find(7, stderr, "main.py"));
    }

    @Test
    void ordinaryStderrTextIsNotAnError() {
        assertEquals(List.of(), Tracebacks.find(7, List.of("ValueError: just a log line", "warning"), "main.py"));
    }

    @Test
    void exceptionWithoutMessageAndKeyboardInterrupt() {
        List<String> stderr = List.of(
                "Traceback (most recent call last):",
                "  File \"C:\\Users\\ann\\main.py\", line 2, in <module>",
                "KeyboardInterrupt");
        assertEquals(List.of(new PythonError(1, "KeyboardInterrupt", "", 2)), Tracebacks.find(1, stderr, "main.py"));
    }
}
