package dev.zonegraph.query;

import java.time.Duration;

/** A request that ran past its time limit; its Neo4j transaction was cancelled. */
public class RequestTimeoutException extends RuntimeException {

    public RequestTimeoutException(Duration limit) {
        super("the request took longer than its limit of " + limit.toMillis() + " ms and was cancelled");
    }
}
