package dev.zonegraph.graph;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.springframework.stereotype.Component;

/**
 * The one way features talk to Neo4j: reads in read transactions and writes in write transactions, so that a
 * cluster routes each to the right member. Every session shares the driver's {@link BookmarkManager} of this
 * service instance, so a read here sees every write made here before it (on a cluster too), and during an HTTP
 * request also waits for the bookmarks the client sent ({@link RequestBookmarks}), to which each write adds its own.
 */
@Component
public class Graph {

    private final Driver driver;
    private final String database;
    private final BookmarkManager bookmarks;

    Graph(Driver driver, Neo4jProperties connection, BookmarkManager bookmarks) {
        this.driver = driver;
        this.database = connection.database();
        this.bookmarks = bookmarks;
    }

    /** Runs {@code work} in a read transaction (retried by the driver on transient failures). */
    public <T> T read(TransactionCallback<T> work) {
        try (var session = driver.session(session(AccessMode.READ, null))) {
            return session.executeRead(work);
        } catch (Neo4jException e) {
            throw bookmarkProblemOr(e);
        }
    }

    /**
     * An asynchronous read session for work that spans several statements in one explicit transaction and must not
     * wait for Neo4j past a deadline (the API's requests); no retries. The caller closes it.
     */
    public AsyncSession readAsyncSession() {
        return driver.session(AsyncSession.class, session(AccessMode.READ, null));
    }

    /**
     * A read session fetching {@code fetchSize} records at a time, for work that runs its own transaction and reads
     * only part of a result (the console). The caller closes it.
     */
    public Session readSession(long fetchSize) {
        return driver.session(Session.class, session(AccessMode.READ, fetchSize));
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
        return write(work, TransactionConfig.empty());
    }

    /** Runs {@code work} in a write transaction with {@code config} (a timeout): all of it commits, or none of it. */
    public <T> T write(TransactionCallback<T> work, TransactionConfig config) {
        try (var session = driver.session(session(AccessMode.WRITE, null))) {
            T result = session.executeWrite(work, config);
            var request = RequestBookmarks.current();
            if (request != null) {
                request.wrote(session.lastBookmarks());
            }
            return result;
        } catch (Neo4jException e) {
            throw bookmarkProblemOr(e);
        }
    }

    private SessionConfig session(AccessMode mode, Long fetchSize) {
        var config = SessionConfig.builder().withDatabase(database).withDefaultAccessMode(mode)
                .withBookmarkManager(bookmarks);
        var request = RequestBookmarks.current();
        if (request != null && !request.after().isEmpty()) {
            config.withBookmarks(request.after());
        }
        if (fetchSize != null) {
            config.withFetchSize(fetchSize);
        }
        return config.build();
    }

    private static RuntimeException bookmarkProblemOr(Neo4jException e) {
        var problem = BookmarkException.of(e);
        return problem != null ? problem : e;
    }
}
