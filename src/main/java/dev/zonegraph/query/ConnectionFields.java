package dev.zonegraph.query;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a connection, from what its statement fetched: {@code __items} holds up to one more edge than the
 * page (that one only tells that a page follows), {@code __first} the page size, {@code __after} whether a cursor was
 * given, {@code __totals} the count and aggregates when selected. Each item carries its sort key, from which its
 * cursor is made.
 */
final class ConnectionFields {

    private ConnectionFields() {
    }

    /** The page's edges for this {@code edges} selection, each with its sort key for the cursor. */
    static List<Map<String, Object>> edges(DataFetchingEnvironment env) {
        Map<String, Object> connection = env.getSource();
        String key = env.getField().getResultKey();
        List<Map<String, Object>> edges = new ArrayList<>();
        for (Map<String, Object> item : page(connection)) {
            @SuppressWarnings("unchecked")
            var edge = new HashMap<>((Map<String, Object>) item.get(key));
            edge.put("__key", item.get("__key"));
            edges.add(edge);
        }
        return edges;
    }

    static Map<String, Object> pageInfo(DataFetchingEnvironment env) {
        Map<String, Object> connection = env.getSource();
        var page = page(connection);
        var info = new HashMap<String, Object>();
        info.put("hasNextPage", items(connection).size() > page.size());
        info.put("hasPreviousPage", Boolean.TRUE.equals(connection.get("__after")));
        info.put("startCursor", page.isEmpty() ? null : Cursor.of((List<?>) page.get(0).get("__key")));
        info.put("endCursor", page.isEmpty() ? null : Cursor.of((List<?>) page.get(page.size() - 1).get("__key")));
        return info;
    }

    /** {@code totalCount} or {@code aggregate}, by result key. */
    static Object totals(DataFetchingEnvironment env) {
        Map<String, Object> connection = env.getSource();
        @SuppressWarnings("unchecked")
        var totals = (Map<String, Object>) connection.get("__totals");
        return totals.get(env.getField().getResultKey());
    }

    static String cursor(DataFetchingEnvironment env) {
        Map<String, Object> edge = env.getSource();
        return Cursor.of((List<?>) edge.get("__key"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> connection) {
        return (List<Map<String, Object>>) connection.get("__items");
    }

    private static List<Map<String, Object>> page(Map<String, Object> connection) {
        var items = items(connection);
        int first = ((Number) connection.get("__first")).intValue();
        return items.subList(0, Math.min(first, items.size()));
    }
}
