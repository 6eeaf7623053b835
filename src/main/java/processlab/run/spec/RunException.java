package processlab.run.spec;

/** A run could not be started; the message is written for the user (e.g. how to install Python). */
public class RunException extends Exception {

    public RunException(String message) {
        super(message);
    }

    public RunException(String message, Throwable cause) {
        super(message, cause);
    }
}
