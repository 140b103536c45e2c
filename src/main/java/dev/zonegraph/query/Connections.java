package dev.zonegraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shapes query results as the schema's connection objects: edges, page info, total count and aggregates. */
final class Connections {

    /** The aggregate operations; the statement names each column {@code <operation>_<field>}. */
    static final List<String> OPERATIONS = List.of("min", "max", "avg", "sum");

    private Connections() {
    }

    /**
     * @param items up to {@code page.first() + 1} rows of {node, rels}; the extra one only tells that a page follows
     * @param totals the count and aggregate columns (count, min_x, max_x ...), empty when not selected
     */
    static Map<String, Object> of(List<Map<String, Object>> items, Page page, Map<String, Object> totals,
            List<String> numbers) {
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int i = 0; i < Math.min(items.size(), page.first()); i++) {
            var item = items.get(i);
            @SuppressWarnings("unchecked")
            var rels = (List<Map<String, Object>>) item.get("rels");
            var edge = new HashMap<String, Object>();
            edge.put("cursor", Cursor.of(page.skip() + i));
            edge.put("node", item.get("node"));
            edge.put("evidence", rels.stream().filter(r -> r.get("source") != null)
                    .map(r -> Map.of("source", r.get("source"), "quote", r.getOrDefault("quote", ""))).toList());
            edge.put("role", rels.stream().map(r -> r.get("role")).filter(r -> r != null).findFirst().orElse(null));
            edges.add(edge);
        }
        var pageInfo = new HashMap<String, Object>();
        pageInfo.put("hasNextPage", items.size() > page.first());
        pageInfo.put("hasPreviousPage", page.skip() > 0);
        pageInfo.put("startCursor", edges.isEmpty() ? null : edges.get(0).get("cursor"));
        pageInfo.put("endCursor", edges.isEmpty() ? null : edges.get(edges.size() - 1).get("cursor"));

        var connection = new HashMap<String, Object>();
        connection.put("edges", edges);
        connection.put("pageInfo", pageInfo);
        if (!totals.isEmpty()) {
            connection.put("totalCount", totals.get("count"));
            var aggregate = new HashMap<String, Object>();
            aggregate.put("count", totals.get("count"));
            for (String op : OPERATIONS) {
                var values = new LinkedHashMap<String, Object>();
                numbers.forEach(field -> values.put(field, totals.get(op + "_" + field)));
                aggregate.put(op, values);
            }
            connection.put("aggregate", aggregate);
        }
        return connection;
    }
}
