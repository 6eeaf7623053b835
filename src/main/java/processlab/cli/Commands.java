package processlab.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The table of headless commands; the contracts are in DESIGN.md section 4 and the README. */
public final class Commands {

    private static final Map<String, Supplier<Command>> COMMANDS = new TreeMap<>();

    static {
        COMMANDS.put("check-lessons", CheckLessonsCommand::new);
        COMMANDS.put("render", RenderCommand::new);
        COMMANDS.put("trace", TraceCommand::new);
        COMMANDS.put("bench", BenchCommand::new);
    }

    private Commands() {}

    public static boolean isCommand(String name) {
        return COMMANDS.containsKey(name) || name.equals("help") || name.equals("--help");
    }

    public static int run(String name, java.util.List<String> args) {
        if (!COMMANDS.containsKey(name)) {
            System.out.println("usage: java -jar processlab.jar [--lessons DIR] [--lesson ID] [--presentation]");
            System.out.println(
                    "       java -jar processlab.jar COMMAND ARGS...   (commands: " + COMMANDS.keySet() + ")");
            return 0;
        }
        try {
            return COMMANDS.get(name).get().run(args, System.out, System.err);
        } catch (UsageException e) {
            System.err.println(name + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println(name + ": " + e);
            return 1;
        }
    }
}
