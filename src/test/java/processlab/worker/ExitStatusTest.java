package processlab.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Java's 128+N for "killed by signal N", as recorded (-N) and as a shell exits again (128+N). */
class ExitStatusTest {

    @Test
    void signalsOneToSixtyFourAreReadFromJavasExitValue() {
        assertEquals(-9, ExitStatus.recorded(137));
        assertEquals(-1, ExitStatus.recorded(129));
        assertEquals(-64, ExitStatus.recorded(192));
    }

    @Test
    void otherValuesArePlainExitCodes() {
        assertEquals(0, ExitStatus.recorded(0));
        assertEquals(128, ExitStatus.recorded(128));
        assertEquals(193, ExitStatus.recorded(193));
        assertEquals(255, ExitStatus.recorded(255));
    }

    @Test
    void aShellGetsBackWhatJavaReported() {
        for (int exitValue = 0; exitValue <= 255; exitValue++) {
            assertEquals(exitValue, ExitStatus.shell(ExitStatus.recorded(exitValue)), "exit value " + exitValue);
        }
    }

    @Test
    void aSignalIsSaidAsASignalNotAsANegativeExitCode() {
        assertEquals("exit code 0", ExitStatus.describe(0));
        assertEquals("exit code 143", ExitStatus.describe(143));
        assertEquals("ended by signal 15 (SIGTERM)", ExitStatus.describe(-15));
        assertEquals("ended by signal 40", ExitStatus.describe(-40));
    }
}
