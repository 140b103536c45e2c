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
                    var session = graph.readSession();
                    budget.open(session, session.beginTransaction(config(budget)));
                }
                return first(budget.transaction().run(statement.cypher(), statement.parameters()).list());
            }
        } catch (Neo4jException e) {
            if (budget != null) {
                budget.close();
            }
            if (Graph.isTimeout(e)) {
                throw new RequestTimeoutException(budget != null ? budget.limit() : limits.requestTimeout());
            }
            throw e;
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
