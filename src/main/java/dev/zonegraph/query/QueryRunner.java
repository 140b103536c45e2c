package dev.zonegraph.query;

import dev.zonegraph.graph.BookmarkException;
import dev.zonegraph.graph.Graph;
import dev.zonegraph.graph.RequestBookmarks;
import dev.zonegraph.query.CypherRenderer.Rendered;
import graphql.GraphQLContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;

/**
 * Runs the API's statements: all root fields of a request in one read transaction, with the request's remaining
 * time as its timeout (Neo4j cancels it past that), each statement counted against the request. The request's
 * thread waits for Neo4j no longer than the deadline plus {@link #GRACE}, whatever Neo4j is doing (compiling a
 * statement is not covered by Neo4j's timeout). A statement that fails with an error the driver classifies as
 * retryable (a transient error, a lost connection) is tried again in a new transaction, a few times and within the
 * deadline ({@link ReadRetries}); still failing, it answers {@link Neo4jUnavailableException}. Any other failure ends
 * the request's statement.
 */
@Component
class QueryRunner {

    /** How long past the deadline the request waits for Neo4j's own timeout before it answers TIMEOUT itself. */
    static final Duration GRACE = Duration.ofMillis(500);

    private final Graph graph;
    private final ApiLimits limits;

    QueryRunner(Graph graph, ApiLimits limits) {
        this.graph = graph;
        this.limits = limits;
    }

    /** The budget of the request {@code context} belongs to; null outside HTTP requests. */
    RequestBudget budget(GraphQLContext context) {
        return context.get(RequestBudget.CONTEXT_KEY);
    }

    /** The {@code data} column of the statement's one row, as Java maps and lists; null when there is no row. */
    Object data(RequestBudget budget, Rendered statement) {
        if (budget == null) {
            try (var own = new RequestBudget(limits.requestTimeout())) {
                return data(own, statement);
            }
        }
        budget.countStatement();
        for (int attempt = 1; ; attempt++) {
            boolean begins = false;
            try {
                synchronized (budget) {
                    if (budget.transaction() == null) {
                        begins = true;
                        var session = graph.readAsyncSession();
                        try {
                            budget.open(session, await(session.beginTransactionAsync(config(budget)), budget));
                        } catch (RuntimeException e) {
                            session.closeAsync();
                            throw e;
                        }
                    }
                    return first(await(budget.transaction().runAsync(statement.cypher(), statement.parameters())
                            .thenCompose(ResultCursor::listAsync), budget));
                }
            } catch (Neo4jException | RequestTimeoutException e) {
                budget.closeTransaction();
                // A timeout, or bookmarks not reached (transient, but its wait has used up the request's time),
                // keeps its own answer.
                if (e instanceof Neo4jException n && !Graph.isTimeout(n) && BookmarkException.of(n) == null
                        && ReadRetries.retryable(n)) {
                    Duration pause = ReadRetries.pauseAfter(attempt, budget.left());
                    if (pause != null) {
                        sleep(pause, budget);
                        continue;
                    }
                    throw new Neo4jUnavailableException(n, attempt);
                }
                throw failure(e, budget, begins);
            }
        }
    }

    /** Waits before trying a statement again in a new transaction; an interrupt ends the request as timed out. */
    private static void sleep(Duration pause, RequestBudget budget) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestTimeoutException(budget.limit());
        }
    }

    /**
     * What a failed statement tells the client: timed out (counting, in a transaction's first statement, the wait for
     * Neo4j to reach the request's bookmarks), bookmarks refused or not reached, or Neo4j's own error.
     */
    private static RuntimeException failure(RuntimeException e, RequestBudget budget, boolean begins) {
        if (e instanceof RequestTimeoutException || e instanceof Neo4jException n && Graph.isTimeout(n)) {
            var request = RequestBookmarks.current();
            return begins && request != null && !request.after().isEmpty()
                    ? BookmarkException.timedOutWaiting(budget.limit()) : new RequestTimeoutException(budget.limit());
        }
        var bookmarks = e instanceof Neo4jException n ? BookmarkException.of(n) : null;
        return bookmarks != null ? bookmarks : e;
    }

    /** The stage's value, waited for until the request's deadline plus the grace period. */
    private static <T> T await(CompletionStage<T> stage, RequestBudget budget) {
        try {
            return stage.toCompletableFuture().get(budget.left().plus(GRACE).toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new RequestTimeoutException(budget.limit());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestTimeoutException(budget.limit());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
        }
    }

    private static Object first(List<Record> rows) {
        return rows.isEmpty() ? null : rows.get(0).get("data").asObject();
    }

    private static TransactionConfig config(RequestBudget budget) {
        // Whole milliseconds: the driver logs every fractional timeout it rounds.
        return TransactionConfig.builder()
                .withTimeout(Duration.ofMillis(Math.max(1, budget.remaining().toMillis()))).build();
    }
}
