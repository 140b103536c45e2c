package dev.zonegraph.query;

/** A request the API refuses: reported to the client as a BAD_REQUEST error naming the offending argument. */
public class ApiException extends RuntimeException {

    private final String argument;

    public ApiException(String message, String argument) {
        super(message);
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
