package processlab;

import javafx.application.Application;
import processlab.settings.StartOptions;
import processlab.ui.ProcessLabApp;
import processlab.ui.probe.EmptyStageApp;
import processlab.ui.probe.StartupProbe;
import processlab.ui.shell.EarlyStart;

/** Keeps {@link Main} free of JavaFX so the headless commands never load the toolkit. */
final class AppLauncher {

    private AppLauncher() {}

    static void launch(String[] args) {
        processlab.ui.common.StartupTrace.mark("launch");
        if (StartupProbe.isActive(StartupProbe.EMPTY_STAGE)) {
            Application.launch(EmptyStageApp.class, args);
            return;
        }
        EarlyStart early = EarlyStart.none();
        try {
            StartOptions options = StartOptions.parse(java.util.Arrays.asList(args));
            early = EarlyStart.begin(options.resolveLessonsDir());
        } catch (StartOptions.BadOptionException e) {
            // Main reports bad options before we get here.
        }
        ProcessLabApp.launch(args, early);
    }
}
