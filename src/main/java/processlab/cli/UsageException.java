package processlab.cli;

/** Wrong arguments on the command line: reported in one line with exit code 2. */
public class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
