package dev.zonegraph.query;

import dev.zonegraph.query.Plan.Sort;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opaque keyset cursors: the sort-key values of an edge (the requested sort fields, then the id), with the order they
 * belong to. The next page starts strictly after those values, so page 1000 costs what page 1 costs and a cursor
 * stays valid while nodes are added before it.
 */
final class Cursor {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Cursor() {
    }

    /** The order a cursor belongs to, as the statement hands it back with each edge's key. */
    static String orderSpec(List<Sort> order) {
        return order.stream().map(s -> s.property() + (s.descending() ? ":DESC" : ":ASC"))
                .collect(Collectors.joining(",", "", order.isEmpty() ? "id" : ",id"));
    }

    /** A value a property of a node can hold and this API sorts by (what Neo4j accepts back as a parameter). */
    private static boolean isSortValue(Object value) {
        return value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double;
    }

    /** The cursor of an edge from its key: the order spec, the sort values, then the id. */
    static String of(List<?> key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(key));
    }

    /** The sort values {@code after} points at, checked against the request's order. */
    static List<Object> after(String after, List<Sort> order) {
        try {
            List<?> key = JSON.readValue(Base64.getUrlDecoder().decode(after), List.class);
            if (key != null && key.size() == order.size() + 2 && orderSpec(order).equals(key.get(0))
                    && key.get(key.size() - 1) instanceof String && key.stream().allMatch(Cursor::isSortValue)) {
                return new ArrayList<>(key.subList(1, key.size()));
            }
            if (key != null && !key.isEmpty() && key.get(0) instanceof String spec && !spec.equals(orderSpec(order))) {
                throw new ApiException("'after' is a cursor of another order (" + spec + "), not of this one ("
                        + orderSpec(order) + ")", "after");
            }
        } catch (IllegalArgumentException | JacksonException e) {
            // falls through to the error below
        }
        throw new ApiException("'after' is not a cursor returned by this API: " + after, "after");
    }
}
