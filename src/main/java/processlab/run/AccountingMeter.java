package processlab.run;

import java.util.OptionalLong;
import processlab.recording.RunAccounting;
import processlab.run.observe.MachineLoad;
import processlab.run.process.Guardian;

/**
 * Counts a run's {@link RunAccounting} from its start to its main process's end. From {@link #start()} until
 * {@link #stop()} the app steps back for the run ({@link RunPriority}).
 */
final class AccountingMeter {

    private final ReapedCpu.Window reaped;
    private final OwnCpu app;
    private final MachineLoad machine;
    private final long startNanos;
    private RunAccounting result;

    private AccountingMeter(ReapedCpu.Window reaped, OwnCpu app, MachineLoad machine, long startNanos) {
        this.reaped = reaped;
        this.app = app;
        this.machine = machine;
        this.startNanos = startNanos;
    }

    /** Starts counting; call just before the run's main process starts. */
    /** @param guardian told what to give back if the app dies while it steps back; null if there is none */
    static AccountingMeter start(Guardian guardian) {
        RunPriority.runStarted(guardian);
        return new AccountingMeter(ReapedCpu.open(), OwnCpu.now(), MachineLoad.now(), System.nanoTime());
    }

    void follow(ProcessHandle root) {
        reaped.follow(root);
    }

    /** Call right after the main process has been waited for; also when the run could not start. */
    synchronized RunAccounting stop() {
        if (result == null) {
            OptionalLong tree = reaped.close();
            result = new RunAccounting(
                    System.nanoTime() - startNanos,
                    tree,
                    OwnCpu.now().coresSince(app),
                    MachineLoad.now().coresBusySince(machine));
            RunPriority.runEnded();
        }
        return result;
    }
}
