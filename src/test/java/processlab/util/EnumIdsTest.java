package processlab.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import processlab.lesson.ExerciseCheck;
import processlab.run.StopReason;
import processlab.run.spec.RunKind;
import processlab.run.spec.Workload;
import processlab.tryit.CodeLanguage;

/** The ids are what lesson files and reports say: they must stay as they were when they were written out. */
class EnumIdsTest {

    @Test
    void idsAreTheNamesInLowerCaseWithHyphens() {
        assertEquals(
                List.of(
                        "python-threads",
                        "python-processes",
                        "python-pool",
                        "python-interpreters",
                        "java-threads",
                        "java-processes"),
                Arrays.stream(RunKind.values()).map(RunKind::id).toList());
        assertEquals(
                List.of("count-primes", "sleep", "hash"),
                Arrays.stream(Workload.values()).map(Workload::id).toList());
        assertEquals(
                List.of("create-process", "pool-map", "four-processes"),
                Arrays.stream(ExerciseCheck.values()).map(ExerciseCheck::id).toList());
        assertEquals(
                List.of("finished", "stopped", "timeout", "output-cap", "process-cap", "failed-to-start"),
                Arrays.stream(StopReason.values()).map(StopReason::id).toList());
        assertEquals(
                List.of("python", "java"),
                Arrays.stream(CodeLanguage.values()).map(CodeLanguage::id).toList());
    }

    @Test
    void findsAConstantByItsIdOnly() {
        assertEquals(Optional.of(Workload.COUNT_PRIMES), Workload.fromId("count-primes"));
        assertEquals(Optional.of(RunKind.PYTHON_POOL), RunKind.fromId("python-pool"));
        assertEquals(Optional.of(CodeLanguage.JAVA), CodeLanguage.fromBlockLanguage("java"));
        assertEquals(Optional.empty(), Workload.fromId("COUNT_PRIMES"));
        assertEquals(Optional.empty(), RunKind.fromId("python_pool"));
        assertEquals(Optional.empty(), ExerciseCheck.fromId(null));
    }
}
