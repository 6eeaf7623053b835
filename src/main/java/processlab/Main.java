package processlab;

import java.util.Arrays;
import java.util.List;
import processlab.cli.Commands;
import processlab.settings.StartOptions;

/**
 * The entry point of {@code java -jar processlab.jar} and {@code mvn javafx:run}.
 *
 * <p>A plain class rather than the {@code Application} subclass: with JavaFX on the class path, the
 * launcher refuses to start an {@code Application} main class directly.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (!arguments.isEmpty() && Commands.isCommand(arguments.get(0))) {
            int exitCode = Commands.run(arguments.get(0), arguments.subList(1, arguments.size()));
            System.exit(exitCode);
        }
        try {
            StartOptions.parse(arguments);
        } catch (StartOptions.BadOptionException e) {
            System.err.println("processlab: " + e.getMessage());
            System.exit(2);
        }
        AppLauncher.launch(args);
    }
}
