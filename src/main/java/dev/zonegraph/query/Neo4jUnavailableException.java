package dev.zonegraph.query;

import org.neo4j.driver.exceptions.Neo4jException;

/** A read that still failed with a transient Neo4j error after its retries: the client may send it again. */
final class Neo4jUnavailableException extends RuntimeException {

    private final String code;

    Neo4jUnavailableException(Neo4jException cause, int attempts) {
        super("Neo4j could not complete the read (" + cause.code() + ", " + attempts + " attempt"
                + (attempts == 1 ? "" : "s") + "); the error is transient: send the request again", cause);
        this.code = cause.code();
    }

    /** Neo4j's status code of the last failure. */
    String code() {
        return code;
    }
}
