package processlab;

import javafx.application.Application;

import processlab.ui.ProcessLabApp;

/** Keeps {@link Main} free of JavaFX so the headless commands never load the toolkit. */
final class AppLauncher {

    private AppLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(ProcessLabApp.class, args);
    }
}
