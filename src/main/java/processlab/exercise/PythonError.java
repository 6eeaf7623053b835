package processlab.exercise;

/**
 * An exception or syntax error that a Python process of the run reported on standard error.
 *
 * @param pid     the process that printed the traceback
 * @param type    the exception's name, e.g. {@code NameError}, {@code SyntaxError}
 * @param message the text after the name, may be empty
 * @param line    the line in the student's file where it happened, or 0 when the traceback does not say
 */
public record PythonError(long pid, String type, String message, int line) {

    /** {@code NameError: name 'x' is not defined}. */
    public String summary() {
        return message.isEmpty() ? type : type + ": " + message;
    }

    public boolean hasLine() {
        return line > 0;
    }
}
