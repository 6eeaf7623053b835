package processlab.run.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import processlab.run.process.ProcessGroups;

/**
 * How to start one run: the command, what to add to its environment, and where.
 *
 * @param command     the program and its arguments (before {@link ProcessGroups#inNewGroup})
 * @param environment variables to set in the child (added to the app's own)
 * @param directory   the child's working directory
 * @param description what runs, for the screen ("Python 3.11", "Java 17")
 * @param notices     things the user should know before it starts (e.g. no free-threaded Python found)
 */
public record Launch(
        List<String> command,
        Map<String, String> environment,
        Path directory,
        String description,
        List<String> notices) {

    public Launch {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        notices = List.copyOf(notices);
    }
}
