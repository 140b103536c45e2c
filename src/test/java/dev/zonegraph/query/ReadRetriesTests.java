package dev.zonegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Which failed reads are tried again, and for how long, decided on the driver's own exception classes as its error
 * mapping makes them from Neo4j's status codes ({@link TransientReadTests} provokes one kind on the embedded Neo4j).
 */
class ReadRetriesTests {

    static final TransientException OUTDATED = new TransientException("Neo.TransientError.Transaction.Outdated",
            "Transaction has seen state which has been invalidated by applied updates while transaction was active.");

    @Test
    void transientErrorsAndLostConnectionsAreRetried() {
        assertThat(ReadRetries.retryable(OUTDATED)).isTrue();
        assertThat(ReadRetries.retryable(new TransientException("Neo.TransientError.General.MemoryPoolOutOfMemoryError",
                "The allocation of an extra 2.0 MiB would use more than the limit"))).isTrue();
        assertThat(ReadRetries.retryable(new SessionExpiredException("no longer available"))).isTrue();
        assertThat(ReadRetries.retryable(new ServiceUnavailableException("connection lost"))).isTrue();
        assertThat(ReadRetries.retryable(new TransactionTerminatedException("terminated", OUTDATED))).isTrue();
    }

    @Test
    void clientErrorsTimeoutsAndCancellationsAreNot() {
        assertThat(ReadRetries.retryable(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad")))
                .isFalse();
        assertThat(ReadRetries.retryable(new ClientException(
                "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out"))).isFalse();
        assertThat(ReadRetries.retryable(new TransactionTerminatedException(
                "Neo.ClientError.Transaction.Terminated", "terminated"))).isFalse();
        assertThat(ReadRetries.retryable(new ClientException("Neo.ClientError.General.TransactionOutOfMemoryError",
                "too much"))).isFalse();
    }

    @Test
    void retriesDoubleTheirPauseStopAfterTheLastAttemptAndNeverPassTheDeadline() {
        Duration plenty = Duration.ofSeconds(10);
        assertThat(ReadRetries.pauseAfter(1, plenty)).isEqualTo(Duration.ofMillis(25));
        assertThat(ReadRetries.pauseAfter(2, plenty)).isEqualTo(Duration.ofMillis(50));
        assertThat(ReadRetries.pauseAfter(3, plenty)).isEqualTo(Duration.ofMillis(100));
        assertThat(ReadRetries.pauseAfter(ReadRetries.ATTEMPTS, plenty)).isNull();
        assertThat(ReadRetries.pauseAfter(1, Duration.ofMillis(50))).isNull();
        assertThat(ReadRetries.pauseAfter(1, Duration.ZERO)).isNull();
    }

    @Test
    void aReadStillFailingNamesNeo4jsCodeAndSaysToSendItAgain() {
        var unavailable = new Neo4jUnavailableException(OUTDATED, ReadRetries.ATTEMPTS);
        assertThat(unavailable.code()).isEqualTo("Neo.TransientError.Transaction.Outdated");
        assertThat(unavailable.getMessage()).contains("Neo.TransientError.Transaction.Outdated", "4 attempts",
                "send the request again");
        assertThat(unavailable.getCause()).isSameAs(OUTDATED);
    }
}
