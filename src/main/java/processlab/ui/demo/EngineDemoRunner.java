package processlab.ui.demo;

import processlab.run.RunKind;

/** Runs demos through the run engine ({@code RunSession}). */
public final class EngineDemoRunner implements DemoRunner {

    @Override
    public DemoRun start(RunKind kind, DemoParameters parameters) throws DemoRunException {
        throw new DemoRunException("The run engine is not part of this build yet.");
    }
}
