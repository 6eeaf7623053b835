package processlab.cli;

/** Wrong arguments on the command line: reported in one line with exit code 2. */
public class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }

    /** An option's value as a whole number from {@code min} to {@code max}; anything else is {@code complaint}. */
    static int wholeNumber(String text, int min, int max, String complaint) throws UsageException {
        try {
            int number = Integer.parseInt(text);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(complaint);
    }
}
