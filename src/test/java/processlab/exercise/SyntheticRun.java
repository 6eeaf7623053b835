package processlab.exercise;

import java.util.OptionalInt;
import processlab.recording.Recording;

/** Builds a finished Recording by hand, as the engine would write it, for judging without running Python. */
final class SyntheticRun {

    static final long APP = 1;
    static final long MAIN = 100;

    final Recording recording = new Recording("test", 0, 2, true, 1000);
    private long clock = 1_000;

    SyntheticRun() {
        recording.processStarted(MAIN, APP, "python3 main.py", tick());
    }

    long tick() {
        return clock += 1_000;
    }

    SyntheticRun child(long pid) {
        return process(pid, MAIN);
    }

    SyntheticRun process(long pid, long parent) {
        recording.processStarted(pid, parent, "python3 main.py", tick());
        return this;
    }

    SyntheticRun print(long pid, String text) {
        recording.addOutput(pid, tick(), false, text);
        return this;
    }

    SyntheticRun printErr(long pid, String text) {
        recording.addOutput(pid, tick(), true, text);
        return this;
    }

    SyntheticRun task(long pid, String label, String task) {
        recording.taskStarted(pid, pid, task, label, tick());
        recording.taskEnded(pid, pid, task, tick());
        return this;
    }

    SyntheticRun end(long pid, int exitCode) {
        recording.processEnded(pid, tick(), OptionalInt.of(exitCode));
        return this;
    }

    /** A child that ran Process.run, printed, and exited 0. */
    SyntheticRun childPrinting(long pid, String text) {
        return child(pid)
                .task(pid, "process", "Process-" + pid)
                .print(pid, text)
                .end(pid, 0);
    }

    Recording finish(int mainExit) {
        end(MAIN, mainExit);
        recording.finish(tick());
        return recording;
    }
}
