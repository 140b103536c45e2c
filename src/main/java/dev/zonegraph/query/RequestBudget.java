package dev.zonegraph.query;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** One request's deadline and the Cypher statements it has sent so far. */
final class RequestBudget {

    static final String CONTEXT_KEY = RequestBudget.class.getName();

    private final long deadlineNanos;
    private final Duration limit;
    private final AtomicInteger statements = new AtomicInteger();

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
}
