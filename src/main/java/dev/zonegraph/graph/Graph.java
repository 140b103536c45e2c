package dev.zonegraph.graph;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.springframework.stereotype.Component;

/**
 * The one way features talk to Neo4j: reads in read transactions and writes in write transactions, so that a
 * cluster routes each to the right member.
 */
@Component
public class Graph {

    private final Driver driver;
    private final SessionConfig readSession;
    private final SessionConfig writeSession;

    Graph(Driver driver, Neo4jProperties connection) {
        this.driver = driver;
        this.readSession = SessionConfig.builder().withDatabase(connection.database())
                .withDefaultAccessMode(AccessMode.READ).build();
        this.writeSession = SessionConfig.builder().withDatabase(connection.database())
                .withDefaultAccessMode(AccessMode.WRITE).build();
    }

    /** Runs {@code work} in a read transaction (retried by the driver on transient failures). */
    public <T> T read(TransactionCallback<T> work) {
        try (var session = driver.session(readSession)) {
            return session.executeRead(work);
        }
    }

    /**
     * An asynchronous read session for work that spans several statements in one explicit transaction and must not
     * wait for Neo4j past a deadline (the API's requests); no retries. The caller closes it.
     */
    public AsyncSession readAsyncSession() {
        return driver.session(AsyncSession.class, readSession);
    }

    /**
     * Whether Neo4j ended a transaction because it ran past its timeout (or was terminated while running or waiting
     * for a lock): the
     * one test the API and the console use to answer "timed out" rather than "failed".
     */
    public static boolean isTimeout(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        return e instanceof TransactionTerminatedException || code.contains("TransactionTimedOut")
                || code.contains("Transaction.Terminated") || code.contains("Transaction.LockClientStopped");
    }

    /** Runs {@code work} in a write transaction: all of it commits, or none of it. */
    public <T> T write(TransactionCallback<T> work) {
        try (var session = driver.session(writeSession)) {
            return session.executeWrite(work);
        }
    }

    /** Runs {@code work} in a write transaction with {@code config} (a timeout): all of it commits, or none of it. */
    public <T> T write(TransactionCallback<T> work, TransactionConfig config) {
        try (var session = driver.session(writeSession)) {
            return session.executeWrite(work, config);
        }
    }
}
