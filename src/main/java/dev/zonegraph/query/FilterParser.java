package dev.zonegraph.query;

import dev.zonegraph.query.Filter.All;
import dev.zonegraph.query.Filter.AnyOf;
import dev.zonegraph.query.Filter.Compare;
import dev.zonegraph.query.Filter.HasLabel;
import dev.zonegraph.query.Filter.Not;
import dev.zonegraph.query.Filter.Op;
import dev.zonegraph.query.Filter.Quantifier;
import dev.zonegraph.query.Filter.Related;
import dev.zonegraph.query.GraphModel.NodeType;
import dev.zonegraph.query.GraphModel.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code where} input (the map GraphQL hands over, variables applied) into a {@link Filter} tree. Keys are
 * checked against the schema model; a {@code null} entry means "no condition", as GraphQL inputs do.
 */
final class FilterParser {

    private final GraphModel model;

    FilterParser(GraphModel model) {
        this.model = model;
    }

    /** The filter on nodes of schema type {@code typeName}; {@link Filter#TRUE} for a missing or empty input. */
    Filter parse(String typeName, Map<String, Object> where) {
        if (where == null || where.isEmpty()) {
            return Filter.TRUE;
        }
        List<Filter> parts = new ArrayList<>();
        for (var entry : where.entrySet()) {
            Object value = entry.getValue();
            if (value == null) {
                continue;
            }
            switch (entry.getKey()) {
                case "AND" -> add(parts, all(maps(value).stream().map(w -> parse(typeName, w)).toList()));
                case "OR" -> {
                    var each = maps(value).stream().map(w -> parse(typeName, w)).toList();
                    // An OR with an always-true branch is always true: it adds no condition.
                    if (!each.isEmpty() && each.stream().noneMatch(Filter::isTrue)) {
                        parts.add(new AnyOf(each));
                    }
                }
                case "NOT" -> parts.add(new Not(parse(typeName, map(value))));
                default -> add(parts, field(typeName, entry.getKey(), map(value)));
            }
        }
        return all(parts);
    }

    /**
     * Adds a conjunct, leaving out one that always holds; several operators on one field become conjuncts of the
     * whole filter, as the planner reads them. So {@link Filter#TRUE} only ever stands for a whole filter, never for
     * one operand of AND, OR or a quantifier, where Cypher has no "no condition".
     */
    private static void add(List<Filter> parts, Filter part) {
        if (part instanceof All all) {
            parts.addAll(all.parts());
        } else {
            parts.add(part);
        }
    }

    private static Filter all(List<Filter> parts) {
        List<Filter> kept = new ArrayList<>();
        parts.forEach(p -> add(kept, p));
        return kept.size() == 1 ? kept.get(0) : new All(List.copyOf(kept));
    }


    private Filter field(String typeName, String key, Map<String, Object> value) {
        if (GraphModel.ENTITY.equals(typeName)) {
            return key.equals("type") ? nodeType(value) : scalar(key, value);
        }
        NodeType type = model.type(typeName);
        Relation relation = type.relations().get(key);
        if (relation != null) {
            return relation.many() ? list(relation, value)
                    : new Related(relation, Quantifier.SOME, parse(relation.targetType(), value));
        }
        if (!type.scalars().containsKey(key)) {
            throw new ApiException("'" + key + "' cannot be filtered on " + typeName, "where");
        }
        return scalar(key, value);
    }

    private Filter list(Relation relation, Map<String, Object> filter) {
        List<Filter> parts = new ArrayList<>();
        for (var entry : filter.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            Quantifier quantifier = switch (entry.getKey()) {
                case "some" -> Quantifier.SOME;
                case "none" -> Quantifier.NONE;
                case "all" -> Quantifier.ALL;
                case "single" -> Quantifier.SINGLE;
                default -> throw new ApiException("unknown list operator '" + entry.getKey() + "'", "where");
            };
            Filter target = parse(relation.targetType(), map(entry.getValue()));
            if (quantifier != Quantifier.ALL || !Filter.isTrue(target)) {
                parts.add(new Related(relation, quantifier, target));
            }
        }
        return all(parts);
    }

    private static Filter scalar(String property, Map<String, Object> filter) {
        List<Filter> parts = new ArrayList<>();
        for (var entry : filter.entrySet()) {
            Object value = entry.getValue();
            if (value == null) {
                continue;
            }
            boolean yes = Boolean.TRUE.equals(value);
            parts.add(switch (entry.getKey()) {
                case "eq" -> new Compare(property, Op.EQ, value);
                case "in" -> new Compare(property, Op.IN, value);
                case "contains" -> new Compare(property, Op.CONTAINS, value);
                case "startsWith" -> new Compare(property, Op.STARTS_WITH, value);
                case "endsWith" -> new Compare(property, Op.ENDS_WITH, value);
                case "lt" -> new Compare(property, Op.LT, value);
                case "lte" -> new Compare(property, Op.LTE, value);
                case "gt" -> new Compare(property, Op.GT, value);
                case "gte" -> new Compare(property, Op.GTE, value);
                case "isNull" -> new Compare(property, yes ? Op.IS_NULL : Op.IS_NOT_NULL, null);
                case "includes" -> new Compare(property, Op.INCLUDES, value);
                case "someContains" -> new Compare(property, Op.SOME_CONTAINS, value);
                case "isEmpty" -> new Compare(property, yes ? Op.IS_EMPTY : Op.IS_NOT_EMPTY, null);
                default -> throw new ApiException("unknown filter operator '" + entry.getKey() + "'", "where");
            });
        }
        return all(parts);
    }

    private static Filter nodeType(Map<String, Object> filter) {
        List<Filter> parts = new ArrayList<>();
        if (filter.get("eq") != null) {
            parts.add(new HasLabel(List.of(label(filter.get("eq")))));
        }
        if (filter.get("in") != null) {
            parts.add(new HasLabel(((List<?>) filter.get("in")).stream().map(FilterParser::label).toList()));
        }
        return all(parts);
    }

    /** The label of a NodeType enum value: ZONE → Zone. */
    static String label(Object nodeType) {
        String name = nodeType.toString().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
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
