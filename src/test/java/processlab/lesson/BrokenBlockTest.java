package processlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static processlab.lesson.BrokenLessonTest.FILE;
import static processlab.lesson.BrokenLessonTest.FRONT;
import static processlab.lesson.BrokenLessonTest.assertOnlyError;

import java.util.List;
import org.junit.jupiter.api.Test;
import processlab.run.spec.Workload;

/** Mistakes inside demo, quiz and exercise blocks, each reported once at its exact line (body from line 4). */
class BrokenBlockTest {

    // --- demo ---

    @Test
    void unknownRunKind() {
        assertOnlyError(
                FRONT + "```demo\nworkers: 2\nruns: [python-thread, java-threads]\n```\n",
                6,
                "unknown run kind 'python-thread' (known: python-threads, python-processes, python-pool, "
                        + "python-interpreters, java-threads, java-processes)");
    }

    @Test
    void unknownRunKindInABlockListIsReportedAtItsItem() {
        assertOnlyError(
                FRONT + "```demo\nruns:\n  - python-threads\n  - java-thread\n```\n",
                7,
                "unknown run kind 'java-thread' (known: python-threads, python-processes, python-pool, "
                        + "python-interpreters, java-threads, java-processes)");
    }

    @Test
    void repeatedRunKind() {
        assertOnlyError(
                FRONT + "```demo\nruns:\n- python-pool\n- python-pool\n```\n",
                7,
                "run kind 'python-pool' is listed twice");
    }

    @Test
    void tooManyOrNoRuns() {
        assertOnlyError(FRONT + "```demo\nruns: []\n```\n", 5, "runs must list 1..5 run kinds, got 0");
        // Six runs, one of them repeated: both problems are reported.
        Lesson six = LessonLoader.parse(
                "07-broken",
                FILE,
                FRONT + "```demo\n\nruns: [python-threads, "
                        + "python-processes, python-pool, java-threads, java-processes, python-threads]\n```\n");
        assertEquals(
                List.of(
                        FILE + ":6: run kind 'python-threads' is listed twice",
                        FILE + ":6: runs must list 1..5 run kinds, got 6"),
                six.errors().stream().map(Object::toString).toList());
    }

    @Test
    void switchIntervalIsMillisecondsFrom1To1000() {
        assertOnlyError(
                FRONT + "```demo\nruns: [python-threads]\nswitch-interval: 0\n```\n",
                6,
                "switch-interval (ms) must be 1..1000, got 0");
        Lesson ok = LessonLoader.parse(
                "07-ok",
                FILE,
                FRONT + "```demo\nruns: [python-threads]\nswitch-interval: 200\ntask: hash\nsize: 300\n```\n");
        assertEquals(List.of(), ok.errors());
        DemoSpec spec = ((DemoBlock) ok.blocks().get(0)).spec();
        assertEquals(200, spec.switchIntervalMs());
        assertEquals(Workload.HASH, spec.workload());
        assertEquals(300, spec.size());
    }

    @Test
    void runsMustBeAList() {
        assertOnlyError(
                FRONT + "```demo\nruns: python-threads\n```\n",
                5,
                "'runs' must be a list, e.g. runs: [python-threads, python-processes]");
    }

    @Test
    void missingRuns() {
        assertOnlyError(FRONT + "Text\n\n```demo\nworkers: 2\n```\n", 6, "demo is missing the required field 'runs'");
    }

    @Test
    void unknownDemoField() {
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\nworker: 2\n```\n",
                6,
                "unknown demo field 'worker' (known: title, runs, workers, tasks, task, size, timeout, together, "
                        + "start-method, python, switch-interval)");
    }

    @Test
    void workersOutOfRange() {
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\nworkers: 100\n```\n", 6, "workers must be 1..64, got 100");
    }

    @Test
    void workersNotANumber() {
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\nworkers: four\n```\n",
                6,
                "workers must be a whole number 1..64, got 'four'");
    }

    @Test
    void tasksAndTimeoutOutOfRange() {
        assertOnlyError(FRONT + "```demo\nruns: [python-pool]\ntasks: 0\n```\n", 6, "tasks must be 1..1000, got 0");
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\ntimeout: 601\n```\n", 6, "timeout must be 1..600, got 601");
    }

    @Test
    void sizeRangeDependsOnTheTask() {
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\nsize: 5\n```\n",
                6,
                "size for count-primes must be 1000..20000000, got 5");
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\ntask: sleep\nsize: 60001\n```\n",
                7,
                "size for sleep must be 1..60000, got 60001");
    }

    @Test
    void unknownTask() {
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\ntask: count-prime\nsize: 5\n```\n",
                6,
                "unknown task 'count-prime' (known: count-primes, sleep, hash)");
    }

    @Test
    void togetherMustBeTrueOrFalse() {
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\ntogether: yes\n```\n",
                6,
                "together must be true or false, got 'yes'");
    }

    @Test
    void unknownStartMethodAndPython() {
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\nstart-method: vfork\n```\n",
                6,
                "unknown start-method 'vfork' (known: default, fork, spawn, forkserver)");
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\npython: pypy\n```\n",
                6,
                "unknown python choice 'pypy' (known: default, free-threaded)");
    }

    @Test
    void titleMustBeText() {
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\ntitle: [a, b]\n```\n", 6, "'title' must be text, not a list");
    }

    @Test
    void emptyDemo() {
        assertOnlyError(
                FRONT + "```demo\n# nothing yet\n```\n",
                4,
                "the demo block is empty; it needs at least 'runs: [python-threads, ...]'");
    }

    @Test
    void demoThatIsAList() {
        assertOnlyError(
                FRONT + "```demo\n- python-pool\n```\n",
                5,
                "a demo block holds 'field: value' lines, e.g. 'runs: [python-threads]'");
    }

    // --- quiz ---

    @Test
    void answerNotOneOfTheChoices() {
        assertOnlyError(
                FRONT + "```quiz\n- q: Which?\n  choices: [a, b, c, d]\n  answer: 3\n  explain: x\n"
                        + "- q: Which?\n  choices: [a, b, c, d]\n  answer: 4\n  explain: x\n```\n",
                11,
                "answer 4 is not one of the 4 choices (0..3)");
    }

    @Test
    void answerNotANumber() {
        assertOnlyError(
                FRONT + "```quiz\n- q: Which?\n  choices: [a, b]\n  answer: b\n  explain: x\n```\n",
                7,
                "answer must be the number of the right choice, counting from 0, got 'b'");
    }

    @Test
    void missingExplainIsReportedAtTheQuestion() {
        assertOnlyError(
                FRONT + "```quiz\n- q: One?\n  choices: [a, b]\n  answer: 0\n  explain: x\n"
                        + "- q: Two?\n  choices: [a, b]\n  answer: 0\n```\n",
                9,
                "question is missing the required field 'explain'");
    }

    @Test
    void tooFewOrTooManyChoices() {
        assertOnlyError(
                FRONT + "```quiz\n- q: Which?\n  choices: [a]\n  answer: 0\n  explain: x\n```\n",
                6,
                "choices must list 2..6 answers, got 1");
        assertOnlyError(
                FRONT + "```quiz\n- q: Which?\n  choices: [a, b, c, d, e, f, g]\n  answer: 0\n" + "  explain: x\n```\n",
                6,
                "choices must list 2..6 answers, got 7");
    }

    @Test
    void choiceWithAColonNeedsQuotes() {
        assertOnlyError(
                FRONT + "```quiz\n- q: Which?\n  choices:\n    - Fork: copies\n    - Spawn\n  answer: 0\n"
                        + "  explain: x\n```\n",
                7,
                "choice 1 reads as a 'field: value' because of its ': '; put the choice in "
                        + "quotes, e.g. - \"Fork: copies the parent\"");
    }

    @Test
    void unknownQuizField() {
        assertOnlyError(
                FRONT + "```quiz\n- q: Which?\n  choices: [a, b]\n  answer: 0\n  explanation: x\n"
                        + "  explain: x\n```\n",
                8,
                "unknown quiz field 'explanation' (known: q, choices, answer, explain)");
    }

    @Test
    void quizThatIsNotAList() {
        assertOnlyError(
                FRONT + "```quiz\nq: Which?\n```\n",
                5,
                "a quiz block is a list of questions, each starting with '- q: ...'");
    }

    // --- exercise ---

    @Test
    void unknownCheck() {
        assertOnlyError(
                FRONT + "```exercise\nid: one\ncheck: make-process\nprompt: Do it.\n```\n",
                6,
                "unknown check 'make-process' (known: create-process, pool-map, four-processes)");
    }

    @Test
    void repeatedExerciseId() {
        String exercise = "```exercise\nid: one\ncheck: pool-map\nprompt: Do it.\n```\n";
        assertOnlyError(FRONT + exercise + "\n" + exercise, 11, "exercise id 'one' is already used at line 5");
    }

    @Test
    void exerciseIdMustBeASlug() {
        assertOnlyError(
                FRONT + "```exercise\nid: My One\ncheck: pool-map\nprompt: Do it.\n```\n",
                5,
                "exercise id 'My One' must be a slug: lower-case letters, digits and '-', e.g. first-process");
    }

    @Test
    void missingPrompt() {
        assertOnlyError(
                FRONT + "```exercise\nid: one\ncheck: pool-map\n```\n",
                4,
                "exercise is missing the required field 'prompt'");
    }
}
