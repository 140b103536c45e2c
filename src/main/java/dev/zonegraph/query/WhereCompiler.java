package dev.zonegraph.query;

import dev.zonegraph.query.GraphModel.NodeType;
import dev.zonegraph.query.GraphModel.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compiles a {@code where} input into a Cypher predicate, and an {@code orderBy} input into an ORDER BY list. Field
 * names come from the schema (GraphQL has validated them against it); values become parameters.
 */
final class WhereCompiler {

    private final GraphModel model;

    WhereCompiler(GraphModel model) {
        this.model = model;
    }

    /** A predicate on {@code var}, a node of schema type {@code typeName}; "true" for an empty filter. */
    String predicate(String typeName, Map<String, Object> where, String var, CypherParts parts) {
        if (where == null || where.isEmpty()) {
            return "true";
        }
        List<String> conditions = new ArrayList<>();
        for (var entry : where.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (value == null) {
                continue;
            }
            switch (key) {
                case "AND", "OR" -> {
                    List<String> each = maps(value).stream().map(w -> predicate(typeName, w, var, parts)).toList();
                    if (!each.isEmpty()) {
                        conditions.add("(" + String.join(" " + key + " ", each) + ")");
                    }
                }
                case "NOT" -> conditions.add("NOT (" + predicate(typeName, map(value), var, parts) + ")");
                default -> conditions.add(field(typeName, key, value, var, parts));
            }
        }
        return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
    }

    private String field(String typeName, String key, Object value, String var, CypherParts parts) {
        if (GraphModel.ENTITY.equals(typeName)) {
            return key.equals("type") ? nodeType(map(value), var, parts)
                    : scalar(var + ".`" + key + "`", map(value), parts);
        }
        NodeType type = model.type(typeName);
        Relation relation = type.relations().get(key);
        if (relation != null) {
            return relation.many() ? list(relation, map(value), var, parts) : single(relation, map(value), var, parts);
        }
        if (!type.scalars().containsKey(key)) {
            throw new ApiException("'" + key + "' cannot be filtered on " + typeName, "where");
        }
        return scalar(var + ".`" + key + "`", map(value), parts);
    }

    private String single(Relation relation, Map<String, Object> where, String var, CypherParts parts) {
        String other = parts.variable();
        return "EXISTS { MATCH " + relation.pattern(var, "", other, model.labelOf(relation.targetType()))
                + " WHERE " + predicate(relation.targetType(), where, other, parts) + " }";
    }

    private String list(Relation relation, Map<String, Object> filter, String var, CypherParts parts) {
        List<String> conditions = new ArrayList<>();
        for (var entry : filter.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            String other = parts.variable();
            String match = "MATCH " + relation.pattern(var, "", other, model.labelOf(relation.targetType()));
            String sub = predicate(relation.targetType(), map(entry.getValue()), other, parts);
            conditions.add(switch (entry.getKey()) {
                case "some" -> "EXISTS { " + match + " WHERE " + sub + " }";
                case "none" -> "NOT EXISTS { " + match + " WHERE " + sub + " }";
                case "all" -> "NOT EXISTS { " + match + " WHERE NOT (" + sub + ") }";
                case "single" -> "COUNT { " + match + " WHERE " + sub + " RETURN DISTINCT " + other + " } = 1";
                default -> throw new ApiException("unknown list operator '" + entry.getKey() + "'", "where");
            });
        }
        return conditions.isEmpty() ? "true" : "(" + String.join(" AND ", conditions) + ")";
    }

    private String scalar(String property, Map<String, Object> filter, CypherParts parts) {
        List<String> conditions = new ArrayList<>();
        for (var entry : filter.entrySet()) {
            Object value = entry.getValue();
            if (value == null) {
                continue;
            }
            conditions.add(switch (entry.getKey()) {
                case "eq" -> property + " = " + parts.parameter(value);
                case "in" -> property + " IN " + parts.parameter(value);
                case "contains" -> property + " CONTAINS " + parts.parameter(value);
                case "startsWith" -> property + " STARTS WITH " + parts.parameter(value);
                case "endsWith" -> property + " ENDS WITH " + parts.parameter(value);
                case "lt" -> property + " < " + parts.parameter(value);
                case "lte" -> property + " <= " + parts.parameter(value);
                case "gt" -> property + " > " + parts.parameter(value);
                case "gte" -> property + " >= " + parts.parameter(value);
                case "isNull" -> property + (Boolean.TRUE.equals(value) ? " IS NULL" : " IS NOT NULL");
                case "includes" -> parts.parameter(value) + " IN coalesce(" + property + ", [])";
                case "someContains" -> "any(x IN coalesce(" + property + ", []) WHERE x CONTAINS "
                        + parts.parameter(value) + ")";
                case "isEmpty" -> "size(coalesce(" + property + ", []))" + (Boolean.TRUE.equals(value) ? " = 0" : " > 0");
                default -> throw new ApiException("unknown filter operator '" + entry.getKey() + "'", "where");
            });
        }
        return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
    }

    private String nodeType(Map<String, Object> filter, String var, CypherParts parts) {
        List<String> conditions = new ArrayList<>();
        if (filter.get("eq") != null) {
            conditions.add(parts.parameter(label(filter.get("eq"))) + " IN labels(" + var + ")");
        }
        if (filter.get("in") != null) {
            List<String> labels = ((List<?>) filter.get("in")).stream().map(WhereCompiler::label).toList();
            conditions.add("any(l IN labels(" + var + ") WHERE l IN " + parts.parameter(labels) + ")");
        }
        return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
    }

    /** The label of a NodeType enum value: ZONE → Zone. */
    static String label(Object nodeType) {
        String name = nodeType.toString().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * A MATCH for the nodes of {@code typeName} that {@code where} may select. When the filter follows a chain of
     * relationships (a single one, or {@code some} of a list) to a node pinned by an equality
     * ({@code enterprise: { zone: { id: { eq: "zone:xian" } } }}, {@code zone: { awards: { some: { level:
     * { eq: NATIONAL } } } }}), that chain becomes a pattern, so Neo4j can start from the pinned end through its
     * index instead of testing every node of the type. The full predicate still applies after it, so the answer is
     * the same; null when the filter pins nothing.
     */
    String match(String typeName, Map<String, Object> where, String var, CypherParts parts) {
        var path = new StringBuilder("(" + var + ":" + model.type(typeName).label() + ")");
        String currentType = typeName;
        Map<String, Object> filter = where;
        while (filter != null) {
            Relation next = null;
            Map<String, Object> nextFilter = null;
            for (var entry : filter.entrySet()) {
                Relation relation = model.type(currentType).relations().get(entry.getKey());
                if (relation == null || GraphModel.ENTITY.equals(relation.targetType())) {
                    continue;
                }
                Map<String, Object> value = map(entry.getValue());
                Map<String, Object> target = relation.many() ? map(value.get("some")) : value;
                if (!target.isEmpty()) {
                    next = relation;
                    nextFilter = target;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            NodeType target = model.type(next.targetType());
            var pinned = new StringBuilder();
            for (var entry : nextFilter.entrySet()) {
                Object eq = map(entry.getValue()).get("eq");
                if (eq != null && target.scalars().containsKey(entry.getKey())) {
                    pinned.append(pinned.isEmpty() ? " {" : ", ").append('`').append(entry.getKey()).append("`: ")
                            .append(parts.parameter(eq));
                }
            }
            String node = parts.variable() + ":" + target.label() + (pinned.isEmpty() ? "" : pinned + "}");
            path.append(next.outgoing() ? "-[:" + next.type() + "]->(" : "<-[:" + next.type() + "]-(")
                    .append(node).append(")");
            if (!pinned.isEmpty()) {
                return "MATCH " + path + " WITH DISTINCT " + var;
            }
            currentType = next.targetType();
            filter = nextFilter;
        }
        return null;
    }

    /** ORDER BY items for {@code var}, ending with its id so that pages are stable. */
    String orderBy(String typeName, List<Map<String, Object>> orderBy, String var) {
        List<String> items = new ArrayList<>();
        for (Map<String, Object> entry : orderBy == null ? List.<Map<String, Object>>of() : orderBy) {
            var set = entry.entrySet().stream().filter(e -> e.getValue() != null).toList();
            if (set.size() != 1) {
                throw new ApiException("each orderBy entry must set exactly one field, not " + set.size(), "orderBy");
            }
            String field = set.get(0).getKey();
            if (!GraphModel.ENTITY.equals(typeName) && !model.type(typeName).scalars().containsKey(field)) {
                throw new ApiException("'" + field + "' cannot be sorted on " + typeName, "orderBy");
            }
            // Nodes without the field come last in either direction (Neo4j alone would put them first in DESC).
            items.add(var + ".`" + field + "` IS NULL");
            items.add(var + ".`" + field + "` " + ("DESC".equals(set.get(0).getValue().toString()) ? "DESC" : "ASC"));
        }
        items.add(var + ".id ASC");
        return String.join(", ", items);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
