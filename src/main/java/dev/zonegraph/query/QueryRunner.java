package dev.zonegraph.query;

import dev.zonegraph.graph.Graph;
import graphql.GraphQLContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;

/**
 * Runs the API's read statements: in read transactions, with the request's remaining time as the transaction
 * timeout (Neo4j cancels the transaction past it), each one counted against the request.
 */
@Component
class QueryRunner {

    private final Graph graph;
    private final ApiLimits limits;

    QueryRunner(Graph graph, ApiLimits limits) {
        this.graph = graph;
        this.limits = limits;
    }

    /** The budget of the request {@code context} belongs to (a fresh one outside HTTP requests). */
    RequestBudget budget(GraphQLContext context) {
        RequestBudget budget = context.get(RequestBudget.CONTEXT_KEY);
        return budget != null ? budget : new RequestBudget(limits.requestTimeout());
    }

    List<Record> rows(RequestBudget budget, String cypher, Map<String, Object> parameters) {
        // Whole milliseconds: the driver logs every fractional timeout it rounds.
        var config = TransactionConfig.builder()
                .withTimeout(Duration.ofMillis(Math.max(1, budget.remaining().toMillis()))).build();
        budget.countStatement();
        try {
            return graph.read(tx -> tx.run(cypher, parameters).list(), config);
        } catch (Neo4jException e) {
            if (Graph.isTimeout(e)) {
                throw new RequestTimeoutException(budget.limit());
            }
            throw e;
        }
    }
}
