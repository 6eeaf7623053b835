package processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UsageExceptionTest {

    @Test
    void aWholeNumberOptionTakesItsRangeAndNothingElse() throws UsageException {
        assertEquals(1, UsageException.wholeNumber("1", 1, 1000, "no"));
        assertEquals(1000, UsageException.wholeNumber("1000", 1, 1000, "no"));
        for (String wrong : new String[] {"0", "1001", "12.5", "x", ""}) {
            assertEquals(
                    "--hz wrong",
                    assertThrows(UsageException.class, () -> UsageException.wholeNumber(wrong, 1, 1000, "--hz wrong"))
                            .getMessage());
        }
    }
}
