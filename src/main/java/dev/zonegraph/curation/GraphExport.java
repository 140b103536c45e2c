package dev.zonegraph.curation;

import dev.zonegraph.graph.Cypher;
import dev.zonegraph.graph.Graph;
import dev.zonegraph.graph.SchemaInstaller;
import java.time.temporal.TemporalAccessor;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * {@code --export-cypher=FILE}: the current graph (seed, curated facts and their history) as one plain Cypher script
 * that loads into any Neo4j 5.26+: the schema, then a MERGE per node (by label and id) and per relationship (by its
 * ends, type and properties), with literal values and a stable order, so the same graph always gives the same script.
 */
@Component
public class GraphExport {

    /** Properties that describe how this database was filled, not the graph. */
    private static final List<String> OPERATIONAL = List.of("seedFingerprint");

    private final Graph graph;

    GraphExport(Graph graph) {
        this.graph = graph;
    }

    /** The script. */
    public String cypher() {
        var out = new StringBuilder("""
                // zonegraph graph: every node and relationship, each fact with its evidence, curators' history included.
                // Generated from a running graph by: java -jar zonegraph.jar --export-cypher=FILE
                // (cypher/seed-graph.cypher is the seed alone: ./mvnw test -Dtest=CypherScriptTests -Dseed-graph.update=true)
                // Do not edit by hand. Load it into an empty database with:
                //   cypher-shell -a neo4j://127.0.0.1:7687 -f FILE
                """);
        out.append("\n// Schema (cypher/schema.cypher)\n");
        for (String statement : SchemaInstaller.statements()) {
            out.append(statement.replaceAll("\\s*\\R\\s*", " ")).append(";\n");
        }
        graph.read(tx -> {
            out.append("\n// Nodes\n");
            tx.run(Cypher.EXPORT_NODES.text()).forEachRemaining(row -> out.append(node(row)).append(";\n"));
            out.append("\n// Relationships\n");
            tx.run(Cypher.EXPORT_RELATIONSHIPS.text()).forEachRemaining(row -> out.append(relationship(row))
                    .append(";\n"));
            return null;
        });
        return out.toString();
    }

    private static String node(Record row) {
        var properties = new LinkedHashMap<>(row.get("properties").asMap());
        OPERATIONAL.forEach(properties::remove);
        String labels = row.get("labels").asList(v -> "`" + v.asString() + "`").stream().collect(Collectors.joining(":"));
        return "MERGE (n:" + labels + " {id: " + literal(properties.get("id")) + "}) SET n = " + literal(properties);
    }

    private static String relationship(Record row) {
        Map<String, Object> properties = row.get("properties").asMap();
        return "MATCH (a:`" + row.get("fromLabel").asString() + "` {id: " + literal(row.get("fromId").asString())
                + "}), (b:`" + row.get("toLabel").asString() + "` {id: " + literal(row.get("toId").asString())
                + "}) MERGE (a)-[:`" + row.get("type").asString() + "`" + (properties.isEmpty() ? ""
                : " " + literal(properties)) + "]->(b)";
    }

    /** A Cypher literal for a string, number, boolean, date-time, list or map (keys sorted). */
    static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r") + "'";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof TemporalAccessor) {
            return "datetime('" + value + "')";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(GraphExport::literal).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().toString()))
                    .map(e -> "`" + e.getKey() + "`: " + literal(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        throw new IllegalArgumentException("no Cypher literal for " + value.getClass().getSimpleName());
    }
}
