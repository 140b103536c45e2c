package dev.zonegraph.console;

import dev.zonegraph.graph.Graph;
import dev.zonegraph.graph.Neo4jProperties;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.stereotype.Component;

/**
 * Runs an analyst's Cypher statement safely: planned first (EXPLAIN) and refused unless read-only, then run in a
 * read transaction with the service's timeout (Neo4j cancels it past that) and cut at the row limit.
 */
@Component
class CypherConsole {

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private final Driver driver;
    private final SessionConfig session;
    private final ConsoleProperties properties;

    CypherConsole(Driver driver, Neo4jProperties connection, ConsoleProperties properties) {
        this.driver = driver;
        this.session = SessionConfig.builder().withDatabase(connection.database())
                .withDefaultAccessMode(AccessMode.READ).build();
        this.properties = properties;
    }

    ConsoleOutcome run(String statement, Map<String, Object> parameters) {
        if (statement == null || statement.isBlank()) {
            return new ConsoleOutcome.Invalid("zonegraph.EmptyStatement", "the statement is empty");
        }
        if (statement.length() > properties.maxStatementLength()) {
            return new ConsoleOutcome.Invalid("zonegraph.StatementTooLong", "the statement is longer than "
                    + properties.maxStatementLength() + " characters");
        }
        Optional<String> refused = ReadOnlyCheck.textProblem(statement);
        if (refused.isPresent()) {
            return new ConsoleOutcome.Refused(refused.get());
        }
        var config = TransactionConfig.builder().withTimeout(properties.timeout()).build();
        long started = System.nanoTime();
        try (var s = driver.session(session); var tx = s.beginTransaction(config)) {
            var explained = tx.run("EXPLAIN " + statement, parameters).consume();
            refused = ReadOnlyCheck.planProblem(explained);
            if (refused.isPresent()) {
                return new ConsoleOutcome.Refused(refused.get());
            }
            var result = tx.run(statement, parameters);
            List<String> columns = result.keys();
            List<Map<String, Object>> rows = new ArrayList<>();
            boolean truncated = false;
            while (result.hasNext()) {
                var record = result.next();
                if (rows.size() == properties.maxRows()) {
                    truncated = true;
                    break;
                }
                var row = new LinkedHashMap<String, Object>();
                for (String column : columns) {
                    row.put(column, plain(record.get(column)));
                }
                rows.add(row);
            }
            return new ConsoleOutcome.Rows(columns, rows, truncated, (System.nanoTime() - started) / 1_000_000);
        } catch (Neo4jException e) {
            if (Graph.isTimeout(e)) {
                return new ConsoleOutcome.TimedOut(properties.timeout().toMillis());
            }
            if (!(e instanceof ClientException)) {
                throw e;
            }
            if (e.getMessage() != null && e.getMessage().contains("administration command")) {
                return new ConsoleOutcome.Refused("administration commands are not allowed in the console");
            }
            if (e.code() != null && e.code().contains("Forbidden")) {
                return new ConsoleOutcome.Refused("Neo4j refused it in a read transaction: " + e.getMessage());
            }
            return new ConsoleOutcome.Invalid(e.code(), e.getMessage());
        }
    }

    /** A driver value as plain Java: maps, lists, strings, numbers, booleans; nodes and paths as maps. */
    static Object plain(Value value) {
        if (value.isNull()) {
            return null;
        }
        if (value.hasType(TYPES.NODE())) {
            return node(value.asNode());
        }
        if (value.hasType(TYPES.RELATIONSHIP())) {
            return relationship(value.asRelationship());
        }
        if (value.hasType(TYPES.PATH())) {
            return path(value.asPath());
        }
        if (value.hasType(TYPES.LIST())) {
            return value.asList(CypherConsole::plain);
        }
        if (value.hasType(TYPES.MAP())) {
            var map = new LinkedHashMap<String, Object>();
            value.keys().forEach(k -> map.put(k, plain(value.get(k))));
            return map;
        }
        if (value.hasType(TYPES.BYTES())) {
            return Base64.getEncoder().encodeToString(value.asByteArray());
        }
        if (value.hasType(TYPES.STRING()) || value.hasType(TYPES.INTEGER()) || value.hasType(TYPES.FLOAT())
                || value.hasType(TYPES.BOOLEAN())) {
            return value.asObject();
        }
        // Dates, times, durations and points in their ISO / WKT-like text form.
        return value.asObject().toString();
    }

    private static Map<String, Object> node(Node node) {
        var map = new LinkedHashMap<String, Object>();
        map.put("elementId", node.elementId());
        map.put("labels", node.labels());
        map.put("properties", plainMap(node.asMap(v -> v)));
        return map;
    }

    private static Map<String, Object> relationship(Relationship r) {
        var map = new LinkedHashMap<String, Object>();
        map.put("elementId", r.elementId());
        map.put("type", r.type());
        map.put("start", r.startNodeElementId());
        map.put("end", r.endNodeElementId());
        map.put("properties", plainMap(r.asMap(v -> v)));
        return map;
    }

    private static Map<String, Object> path(Path path) {
        var nodes = new ArrayList<Object>();
        path.nodes().forEach(n -> nodes.add(node(n)));
        var relationships = new ArrayList<Object>();
        path.relationships().forEach(r -> relationships.add(relationship(r)));
        return Map.of("nodes", nodes, "relationships", relationships);
    }

    private static Map<String, Object> plainMap(Map<String, Value> values) {
        var map = new LinkedHashMap<String, Object>();
        values.forEach((k, v) -> map.put(k, plain(v)));
        return map;
    }
}
