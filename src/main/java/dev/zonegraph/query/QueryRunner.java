package dev.zonegraph.query;

import dev.zonegraph.graph.Graph;
import dev.zonegraph.query.CypherRenderer.Rendered;
import graphql.GraphQLContext;
import java.time.Duration;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;

/**
 * Runs the API's statements: all root fields of a request in one read transaction, with the request's remaining
 * time as its timeout (Neo4j cancels it past that), each statement counted against the request.
 */
@Component
class QueryRunner {

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
        try {
            if (budget == null) {
                var own = new RequestBudget(limits.requestTimeout());
                own.countStatement();
                return graph.read(tx -> first(tx.run(statement.cypher(), statement.parameters()).list()),
                        config(own));
            }
            budget.countStatement();
            synchronized (budget) {
                if (budget.transaction() == null) {
                    var config = config(budget);
                    var session = graph.readSession();
                    try {
                        budget.open(session, session.beginTransaction(config));
                    } catch (RuntimeException e) {
                        session.close();
                        throw e;
                    }
                }
                return first(budget.transaction().run(statement.cypher(), statement.parameters()).list());
            }
        } catch (Neo4jException e) {
            RuntimeException failure = Graph.isTimeout(e)
                    ? new RequestTimeoutException(budget != null ? budget.limit() : limits.requestTimeout()) : e;
            if (budget != null) {
                closeAfterFailure(budget, failure);
            }
            throw failure;
        }
    }

    /** Ends a failed transaction, so that later root fields begin a new one; a failure to end it is kept aside. */
    private static void closeAfterFailure(RequestBudget budget, RuntimeException failure) {
        try {
            budget.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static Object first(java.util.List<Record> rows) {
        return rows.isEmpty() ? null : rows.get(0).get("data").asObject();
    }

    private static TransactionConfig config(RequestBudget budget) {
        // Whole milliseconds: the driver logs every fractional timeout it rounds.
        return TransactionConfig.builder()
                .withTimeout(Duration.ofMillis(Math.max(1, budget.remaining().toMillis()))).build();
    }
}
