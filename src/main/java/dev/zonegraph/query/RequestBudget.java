package dev.zonegraph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.AsyncTransaction;

/**
 * One request's deadline, the Cypher statements it has sent so far, and the read transaction its root fields share
 * (opened by the first statement, closed when the request ends, together with anything else the request holds).
 */
final class RequestBudget implements AutoCloseable {

    static final String CONTEXT_KEY = RequestBudget.class.getName();

    private final long deadlineNanos;
    private final Duration limit;
    private final AtomicInteger statements = new AtomicInteger();
    private final List<Runnable> onClose = new ArrayList<>();
    private int transactions;
    private AsyncSession session;
    private AsyncTransaction transaction;

    RequestBudget(Duration limit) {
        this.limit = limit;
        this.deadlineNanos = System.nanoTime() + limit.toNanos();
    }

    /** Time left; fails with a timeout error when none is. */
    Duration remaining() {
        Duration left = left();
        if (left.isZero()) {
            throw new RequestTimeoutException(limit);
        }
        return left;
    }

    /** Time left, zero once the deadline has passed. */
    Duration left() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
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
    synchronized AsyncTransaction transaction() {
        return transaction;
    }

    synchronized void open(AsyncSession session, AsyncTransaction transaction) {
        this.session = session;
        this.transaction = transaction;
        transactions++;
    }

    /** How many transactions the request opened (one, unless a statement failed and a later one began anew). */
    synchronized int transactions() {
        return transactions;
    }

    /** Something to release when the request ends (a turn among expensive requests). */
    synchronized void onClose(Runnable release) {
        onClose.add(release);
    }

    /**
     * Ends the request's transaction (a read: nothing to commit) and its session without waiting for Neo4j, so the
     * request's thread is free even when Neo4j is still busy with it, and releases what the request held.
     */
    @Override
    public synchronized void close() {
        closeTransaction();
        onClose.forEach(Runnable::run);
        onClose.clear();
    }

    /** Ends the transaction and session only, so that a later root field begins a new one. */
    synchronized void closeTransaction() {
        if (transaction != null) {
            AsyncSession s = session;
            transaction.closeAsync().whenComplete((done, failure) -> s.closeAsync());
        } else if (session != null) {
            session.closeAsync();
        }
        session = null;
        transaction = null;
    }
}
