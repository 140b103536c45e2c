package dev.zonegraph.console;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/** Turns driver values into plain Java the console answers with: maps, lists, strings, numbers, booleans. */
final class ConsoleValues {

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private ConsoleValues() {
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
            return value.asList(ConsoleValues::plain);
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
