package dev.zonegraph.graph;

/** A startup problem the operator can fix: says what went wrong and which setting to change. */
public class StartupFailure extends RuntimeException {

    private final String action;

    public StartupFailure(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
