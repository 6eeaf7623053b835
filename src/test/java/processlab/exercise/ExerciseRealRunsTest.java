package processlab.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import processlab.lesson.ExerciseCheck;
import processlab.run.RunSession;
import processlab.run.TestRuns;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;

/** Right and wrong solutions run for real through the engine (python3), then judged. */
class ExerciseRealRunsTest {

    private static Verdict run(ExerciseCheck check, String source) throws Exception {
        RunSpec spec = new RunSpec.PythonSource(source, "test", RunLimits.withTimeout(Duration.ofSeconds(30)));
        try (RunSession session = TestRuns.start(spec)) {
            assertTrue(session.await(Duration.ofSeconds(40)).isPresent(), "the run did not end");
            return ExerciseJudge.judge(check, session.recording(), "main.py");
        }
    }

    @Test
    void fourProcessesRightAndWrong() throws Exception {
        Verdict right = run(ExerciseCheck.FOUR_PROCESSES, """
                import multiprocessing as mp
                import os

                def show(n):
                    print(f"process {os.getpid()} prints {n}")

                if __name__ == "__main__":
                    procs = [mp.Process(target=show, args=(n,)) for n in range(1, 5)]
                    for p in procs:
                        p.start()
                    for p in procs:
                        p.join()
                """);
        assertTrue(right.passed(), right.toString());

        Verdict three = run(ExerciseCheck.FOUR_PROCESSES, """
                import multiprocessing as mp

                def show(n):
                    print(n)

                if __name__ == "__main__":
                    procs = [mp.Process(target=show, args=(n,)) for n in range(3)]
                    for p in procs:
                        p.start()
                    for p in procs:
                        p.join()
                """);
        assertEquals(java.util.List.of("Only 3 child processes ran; the exercise needs 4."), three.messages());

        Verdict same = run(ExerciseCheck.FOUR_PROCESSES, """
                import multiprocessing as mp

                def show():
                    print(7)

                if __name__ == "__main__":
                    procs = [mp.Process(target=show) for _ in range(4)]
                    for p in procs:
                        p.start()
                    for p in procs:
                        p.join()
                """);
        assertFalse(same.passed());
        assertTrue(
                same.messages()
                        .contains(
                                "The number 7 was printed 4 times; each child should print a different number, once."),
                same.toString());
    }

    @Test
    void createProcessRightAndWrong() throws Exception {
        Verdict right = run(ExerciseCheck.CREATE_PROCESS, """
                from multiprocessing import Process

                def hello():
                    print("hello from the child")

                if __name__ == "__main__":
                    p = Process(target=hello)
                    p.start()
                    p.join()
                """);
        assertTrue(right.passed(), right.toString());

        Verdict noChild = run(ExerciseCheck.CREATE_PROCESS, """
                def hello():
                    print("hello, but in the parent")

                hello()
                """);
        assertFalse(noChild.passed());
        assertTrue(noChild.messages().get(0).startsWith("No child process ran."), noChild.toString());

        Verdict crash = run(ExerciseCheck.CREATE_PROCESS, """
                from multiprocessing import Process

                if __name__ == "__main__":
                    p = Process(target=hello)
                """);
        assertEquals(1, crash.messages().size(), crash.toString());
        assertTrue(
                crash.messages()
                        .get(0)
                        .startsWith(
                                "Your program stopped with an error on line 4: NameError: name 'hello' is not defined"),
                crash.toString());
    }

    @Test
    void poolMapRightAndWrong() throws Exception {
        Verdict right = run(ExerciseCheck.POOL_MAP, """
                from multiprocessing import Pool
                import time

                def square(x):
                    time.sleep(0.05)
                    return x * x

                if __name__ == "__main__":
                    with Pool(2) as pool:
                        print(pool.map(square, range(8)))
                """);
        assertTrue(right.passed(), right.toString());

        Verdict silent = run(ExerciseCheck.POOL_MAP, """
                from multiprocessing import Pool
                import time

                def square(x):
                    time.sleep(0.05)
                    return x * x

                if __name__ == "__main__":
                    with Pool(2) as pool:
                        results = pool.map(square, range(8))
                """);
        assertEquals(
                java.util.List.of("The main program printed nothing: print the results that pool.map returns."),
                silent.messages());
    }
}
