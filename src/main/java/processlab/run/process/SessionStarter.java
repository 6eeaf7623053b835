package processlab.run.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import processlab.util.ProgramLookup;

/**
 * Starts a program as the leader of a new session and process group, so that one signal reaches everything it
 * starts (even children whose parent has died) and a terminal's signals do not. The pid Java sees stays the
 * program's: each way here makes the session and then replaces itself with the program.
 *
 * <ul>
 *   <li>{@code setsid}, the util-linux program (Linux);
 *   <li>a two-line Perl bootstrap calling {@code POSIX::setsid()} then {@code exec}: macOS has no {@code setsid}
 *       program, but ships Perl;
 *   <li>none (Windows, where a job object holds the run instead): the program starts as it is.
 * </ul>
 */
public final class SessionStarter {

    private static final List<String> FOLDERS = List.of("/usr/bin", "/bin", "/usr/local/bin");
    /** {@code exec {$ARGV[0]} @ARGV} runs the program itself, never through a shell, whatever its arguments. */
    private static final String PERL_BOOTSTRAP =
            "use POSIX (); POSIX::setsid(); exec {$ARGV[0]} @ARGV or die \"cannot run $ARGV[0]: $!\\n\";";

    static final SessionStarter CHOSEN = choose(RunPlatform.portableForced());

    private final String name;
    private final List<String> prefix;

    private SessionStarter(String name, List<String> prefix) {
        this.name = name;
        this.prefix = List.copyOf(prefix);
    }

    /** The first way this machine has; {@code portable}: what macOS would choose (the bootstrap). */
    public static SessionStarter choose(boolean portable) {
        Optional<Path> setsid = portable ? Optional.empty() : ProgramLookup.inFolders("setsid", FOLDERS);
        if (setsid.isPresent()) {
            return new SessionStarter("setsid", List.of(setsid.get().toString()));
        }
        Optional<Path> perl = ProgramLookup.inFolders("perl", FOLDERS);
        if (perl.isPresent()) {
            return new SessionStarter("perl bootstrap", List.of(perl.get().toString(), "-e", PERL_BOOTSTRAP));
        }
        return new SessionStarter("none", List.of());
    }

    /** Whether programs get a session of their own here. */
    public boolean available() {
        return !prefix.isEmpty();
    }

    /** {@code setsid}, {@code perl bootstrap} or {@code none}: for notices and tests. */
    public String name() {
        return name;
    }

    /** The command that starts {@code argv} as the leader of a new session. */
    public List<String> wrap(List<String> argv) {
        if (prefix.isEmpty()) {
            return argv;
        }
        List<String> command = new ArrayList<>(prefix.size() + argv.size());
        command.addAll(prefix);
        command.addAll(argv);
        return command;
    }
}
