package dev.zonegraph.seed;

import static dev.zonegraph.seed.SeedReader.strings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * How two statements of one node combine, wherever they meet (two seed articles, or a new fact and the graph):
 * aliases are united, a property only one of them has is kept, and a property both have with different values is a
 * conflict, never an overwrite.
 *
 * @param properties the combined properties
 * @param conflicts one line per conflicting property: {@code key = new conflicts with old}
 */
public record NodeMerge(Map<String, Object> properties, List<String> conflicts) {

    /** Combines {@code incoming} into {@code known}. */
    public static NodeMerge of(Map<String, Object> known, Map<String, Object> incoming) {
        var merged = new LinkedHashMap<>(known);
        var conflicts = new ArrayList<String>();
        incoming.forEach((key, value) -> {
            Object existing = merged.get(key);
            if (key.equals("aliases")) {
                var union = new LinkedHashSet<>(strings(existing));
                union.addAll(strings(value));
                merged.put(key, List.copyOf(union));
            } else if (existing == null) {
                merged.put(key, value);
            } else if (!same(existing, value)) {
                conflicts.add(key + " = " + value + " conflicts with " + existing);
            }
        });
        return new NodeMerge(java.util.Collections.unmodifiableMap(merged), List.copyOf(conflicts));
    }

    /** Equal as stored: Neo4j hands back whole numbers as longs and lists as lists. */
    public static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }
}
