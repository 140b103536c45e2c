package dev.zonegraph.query;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * One request's deadline, the Cypher statements it has sent so far, and the read transaction its root fields share
 * (opened by the first statement, closed when the request ends).
 */
final class RequestBudget implements AutoCloseable {

    static final String CONTEXT_KEY = RequestBudget.class.getName();

    private final long deadlineNanos;
    private final Duration limit;
    private final AtomicInteger statements = new AtomicInteger();
    private int transactions;
    private Session session;
    private Transaction transaction;

    RequestBudget(Duration limit) {
        this.limit = limit;
        this.deadlineNanos = System.nanoTime() + limit.toNanos();
    }

    /** Time left; fails with a timeout error when none is. */
    Duration remaining() {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw new RequestTimeoutException(limit);
        }
        return Duration.ofNanos(left);
    }

    Duration limit() {
        return limit;
    }

    void countStatement() {
        statements.incrementAndGet();
    }

    int statements() {
        return statements.get();
    }

    /** The request's open transaction, or null before its first statement. */
    synchronized Transaction transaction() {
        return transaction;
    }

    synchronized void open(Session session, Transaction transaction) {
        this.session = session;
        this.transaction = transaction;
        transactions++;
    }

    /** How many transactions the request opened (one, unless a statement failed and a later one began anew). */
    synchronized int transactions() {
        return transactions;
    }

    /** Ends the request's transaction (a read: nothing to commit) and its session. */
    @Override
    public synchronized void close() {
        try (Session s = session; Transaction t = transaction) {
            // closing both is the point
        } finally {
            session = null;
            transaction = null;
        }
    }
}
