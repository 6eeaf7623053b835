package processlab.ui.lesson;

/**
 * Opens a link clicked in a lesson. The app passes one that opens the system browser through
 * {@code HostServices}; tests pass one that records the URL.
 */
@FunctionalInterface
public interface LinkOpener {

    void open(String url);
}
