package dev.zonegraph.query;

import java.time.Duration;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;

/**
 * When a read that failed is tried again: on an error the driver classifies as retryable (a transient error such as
 * "read outdated data" under concurrent writes, a lost connection), as the driver's own managed transactions decide,
 * up to {@link #ATTEMPTS} attempts with a doubling pause, and never past the request's deadline. A timeout or a
 * cancelled transaction is never retried.
 */
final class ReadRetries {

    /** Attempts of one statement at most: the first and three retries. */
    static final int ATTEMPTS = 4;
    /** The pause before the first retry; each later one doubles it (25, 50, 100 ms: 175 ms in all). */
    static final Duration FIRST_PAUSE = Duration.ofMillis(25);

    private ReadRetries() {
    }

    /** Whether the driver classifies {@code e} as worth retrying (looking through a termination to its cause). */
    static boolean retryable(Neo4jException e) {
        Throwable cause = e instanceof TransactionTerminatedException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof RetryableException;
    }

    /**
     * The pause before attempt {@code attempt + 1} after attempt {@code attempt} failed with a retryable error, or
     * null when there is none: attempts used up, or no time left in the request for the pause and another try.
     */
    static Duration pauseAfter(int attempt, Duration left) {
        if (attempt >= ATTEMPTS) {
            return null;
        }
        Duration pause = FIRST_PAUSE.multipliedBy(1L << (attempt - 1));
        return left.compareTo(pause.multipliedBy(2)) > 0 ? pause : null;
    }
}
