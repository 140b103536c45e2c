package dev.zonegraph.query;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Lets at most {@code max-concurrent-expensive} expensive requests (by estimated complexity) run at once, so that
 * cheap ones keep their latency: another expensive one waits its turn for {@code expensive-wait} (never past its own
 * deadline), then is refused with an OVERLOADED error naming the setting.
 */
@Component
class ExpensiveRequests {

    private final RequestLimits limits;
    private final Semaphore permits;

    ExpensiveRequests(RequestLimits limits) {
        this.limits = limits;
        this.permits = new Semaphore(limits.maxConcurrentExpensive(), true);
    }

    /** Waits for a turn for a request of {@code complexity}; the budget gives the turn back when the request ends. */
    void enter(long complexity, RequestBudget budget) {
        Duration wait = budget.left().compareTo(limits.expensiveWait()) < 0 ? budget.left() : limits.expensiveWait();
        boolean admitted;
        try {
            admitted = permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .errorType(ApiErrors.Classification.OVERLOADED)
                    .message("the request is estimated at " + complexity + ", expensive from "
                            + limits.expensiveComplexity() + " (zonegraph.api.expensive-complexity), and "
                            + limits.maxConcurrentExpensive() + " expensive requests were running for "
                            + wait.toMillis() + " ms; try again later or raise "
                            + "zonegraph.api.max-concurrent-expensive")
                    .extensions(Map.of("limit", "max-concurrent-expensive",
                            "setting", "zonegraph.api.max-concurrent-expensive"))
                    .build()));
        }
        budget.onClose(permits::release);
    }
}
