package dev.zonegraph.console;

import dev.zonegraph.graph.Graph;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;

/**
 * Runs an analyst's Cypher statement safely: planned first (EXPLAIN) and refused unless read-only, then run in a
 * read transaction with the service's timeout (Neo4j cancels it past that) and cut at the row and byte limits. Its
 * USE, CALL and LOAD CSV clauses are judged on the statement as Neo4j's parser reads it, before it is planned.
 */
@Component
class CypherConsole {

    private static final int FETCH_SIZE = 50;
    private static final String UNREADABLE = "the statement could not be read by the console's Cypher 5 parser, "
            + "so its clauses cannot be checked";

    private final Graph graph;
    private final ConsoleProperties properties;

    CypherConsole(Graph graph, ConsoleProperties properties) {
        this.graph = graph;
        this.properties = properties;
    }

    ConsoleOutcome run(String statement, Map<String, Object> parameters) {
        if (statement == null || statement.isBlank()) {
            return new ConsoleOutcome.Invalid("zonegraph.EmptyStatement", "the statement is empty", null);
        }
        if (statement.length() > properties.maxStatementLength()) {
            return new ConsoleOutcome.Invalid("zonegraph.StatementTooLong", "the statement is longer than "
                    + properties.maxStatementLength() + " characters; raise zonegraph.console.max-statement-length",
                    null);
        }
        Optional<ParsedStatement> parsed;
        try {
            parsed = ParsedStatement.parse(statement);
        } catch (ParsedStatement.TooDeep e) {
            return new ConsoleOutcome.Invalid("zonegraph.StatementTooDeep", e.getMessage(), null);
        }
        Optional<String> refused = parsed.flatMap(ReadOnlyCheck::parsedProblem);
        if (refused.isPresent()) {
            return new ConsoleOutcome.Refused(refused.get());
        }
        var config = TransactionConfig.builder().withTimeout(properties.timeout()).build();
        long started = System.nanoTime();
        // Records come in small batches, so that reading stops soon after a limit is reached.
        try (var s = graph.readSession(FETCH_SIZE); var tx = s.beginTransaction(config)) {
            var explained = tx.run("EXPLAIN " + statement, parameters).consume();
            refused = parsed.isEmpty() ? Optional.of(UNREADABLE) : ReadOnlyCheck.planProblem(explained);
            if (refused.isPresent()) {
                return new ConsoleOutcome.Refused(refused.get());
            }
            return BoundedRows.read(tx.run(statement, parameters), properties, started);
        } catch (Neo4jException e) {
            return ConsoleFailures.outcome(e, properties);
        }
    }
}
