package dev.zonegraph.query;

import dev.zonegraph.query.GraphModel.NodeType;
import dev.zonegraph.query.GraphModel.Relation;
import dev.zonegraph.query.Plan.AggregateSelection;
import dev.zonegraph.query.Plan.ByLabel;
import dev.zonegraph.query.Plan.ConnectionSelection;
import dev.zonegraph.query.Plan.EdgeSelection;
import dev.zonegraph.query.Plan.EvidenceSelection;
import dev.zonegraph.query.Plan.Field;
import dev.zonegraph.query.Plan.NodeEvidence;
import dev.zonegraph.query.Plan.NodeSelection;
import dev.zonegraph.query.Plan.Operation;
import dev.zonegraph.query.Plan.Page;
import dev.zonegraph.query.Plan.Property;
import dev.zonegraph.query.Plan.Related;
import dev.zonegraph.query.Plan.RelatedConnection;
import dev.zonegraph.query.Plan.Sort;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link Plan} of a root field from its GraphQL selection (graphql-java has already resolved fragments,
 * aliases, directives and variables): property projections, relationship traversals with their typed filter, order
 * and page, and only the totals that are selected. Limits on page sizes and cursors are checked here, before any
 * Cypher exists.
 */
final class Planner {

    private final GraphModel model;
    private final FilterParser filters;
    private final Anchors anchors;
    private final ApiLimits limits;

    Planner(GraphModel model, ApiLimits limits) {
        this.model = model;
        this.filters = new FilterParser(model);
        this.anchors = new Anchors(model);
        this.limits = limits;
    }

    GraphModel model() {
        return model;
    }

    Plan.Lookup lookup(String typeName, Object id, DataFetchingFieldSelectionSet selection) {
        return new Plan.Lookup(model.type(typeName).label(), id, node(typeName, selection.getImmediateFields()));
    }

    /** {@code node(id)}: the id's prefix names the type; null when it names none. */
    Plan.Lookup anyNode(String id, DataFetchingFieldSelectionSet selection) {
        int colon = id.indexOf(':');
        NodeType type = colon < 0 ? null : model.typeOfPrefix(id.substring(0, colon));
        return type == null ? null : new Plan.Lookup(type.label(), id, node("Node", selection.getImmediateFields()));
    }

    Plan.RootConnection connection(String typeName, Map<String, Object> arguments,
            DataFetchingFieldSelectionSet selection) {
        Page page = page("Query." + model.pluralOf(typeName), typeName, arguments, limits.defaultFirst());
        var anchored = anchors.find(typeName, page.where());
        if (anchored != null) {
            page = new Page(anchored.residual(), page.order(), page.first(), page.after());
        }
        return new Plan.RootConnection(typeName, anchored == null ? null : anchored.anchor(), page,
                connectionSelection(typeName, selection.getImmediateFields()));
    }

    Plan.Search search(String text, List<String> labels, int first, DataFetchingFieldSelectionSet selection) {
        List<String> scores = new ArrayList<>();
        Map<String, NodeSelection> nodes = new LinkedHashMap<>();
        for (SelectedField field : fields(selection.getImmediateFields())) {
            switch (field.getName()) {
                case "score" -> scores.add(field.getResultKey());
                case "node" -> nodes.put(field.getResultKey(), node("Node", field.getSelectionSet().getImmediateFields()));
                default -> throw new IllegalStateException("SearchHit has no field " + field.getName());
            }
        }
        return new Plan.Search(Lucene.escape(text), labels, first, List.copyOf(scores), ordered(nodes));
    }

    /** The projection of nodes of {@code typeName} (an object type, or the Node/Entity interface). */
    NodeSelection node(String typeName, List<SelectedField> selected) {
        boolean concrete = model.isNodeType(typeName);
        Map<String, Map<String, Field>> byKey = new LinkedHashMap<>();
        for (SelectedField field : fields(selected)) {
            List<String> types = concrete ? List.of(typeName) : field.getObjectTypeNames();
            for (String type : types) {
                byKey.computeIfAbsent(field.getResultKey(), k -> new LinkedHashMap<>())
                        .put(model.type(type).label(), field(type, field));
            }
        }
        List<Field> fields = new ArrayList<>();
        byKey.forEach((key, variants) -> {
            var distinct = variants.values().stream().distinct().toList();
            fields.add(distinct.size() == 1 && (concrete || !(distinct.get(0) instanceof Related
                    || distinct.get(0) instanceof RelatedConnection)) ? distinct.get(0)
                    : new ByLabel(key, ordered(variants)));
        });
        return new NodeSelection(typeName, !concrete, List.copyOf(fields));
    }

    private Field field(String typeName, SelectedField field) {
        String key = field.getResultKey();
        Relation relation = model.type(typeName).relations().get(field.getName());
        List<SelectedField> children = field.getSelectionSet().getImmediateFields();
        String name = typeName + "." + field.getName();
        if (relation != null && relation.connection()) {
            return new RelatedConnection(key, relation,
                    page(name, relation.targetType(), field.getArguments(), limits.defaultFirst()),
                    connectionSelection(relation.targetType(), children));
        }
        if (relation != null && relation.many()) {
            return new Related(key, relation, false,
                    page(name, relation.targetType(), field.getArguments(), limits.maxFirst()),
                    node(relation.targetType(), children));
        }
        if (relation != null) {
            return new Related(key, relation, true, new Page(Filter.TRUE, List.of(), 1, null),
                    node(relation.targetType(), children));
        }
        if (field.getName().equals("evidence")) {
            return new NodeEvidence(key, evidence(children));
        }
        return new Property(key, field.getName(), field.getName().equals("aliases"));
    }

    private ConnectionSelection connectionSelection(String typeName, List<SelectedField> selected) {
        Map<String, EdgeSelection> edges = new LinkedHashMap<>();
        boolean pageInfo = false;
        List<String> totalCounts = new ArrayList<>();
        Map<String, AggregateSelection> aggregates = new LinkedHashMap<>();
        for (SelectedField field : fields(selected)) {
            List<SelectedField> children = field.getSelectionSet().getImmediateFields();
            switch (field.getName()) {
                case "edges" -> edges.put(field.getResultKey(), edge(typeName, children));
                case "pageInfo" -> pageInfo = true;
                case "totalCount" -> totalCounts.add(field.getResultKey());
                case "aggregate" -> aggregates.put(field.getResultKey(), aggregate(children));
                default -> throw new IllegalStateException("connections have no field " + field.getName());
            }
        }
        return new ConnectionSelection(ordered(edges), pageInfo, List.copyOf(totalCounts), ordered(aggregates));
    }

    private EdgeSelection edge(String typeName, List<SelectedField> selected) {
        Map<String, NodeSelection> nodes = new LinkedHashMap<>();
        Map<String, EvidenceSelection> evidence = new LinkedHashMap<>();
        List<String> roles = new ArrayList<>();
        for (SelectedField field : fields(selected)) {
            List<SelectedField> children = field.getSelectionSet().getImmediateFields();
            switch (field.getName()) {
                case "node" -> nodes.put(field.getResultKey(), node(typeName, children));
                case "evidence" -> evidence.put(field.getResultKey(), evidence(children));
                case "role" -> roles.add(field.getResultKey());
                case "cursor" -> {
                    // every edge carries its sort key, from which the cursor is made
                }
                default -> throw new IllegalStateException("edges have no field " + field.getName());
            }
        }
        return new EdgeSelection(ordered(nodes), ordered(evidence), List.copyOf(roles));
    }

    private EvidenceSelection evidence(List<SelectedField> selected) {
        Map<String, String> scalars = new LinkedHashMap<>();
        Map<String, NodeSelection> articles = new LinkedHashMap<>();
        for (SelectedField field : fields(selected)) {
            if (field.getName().equals("article")) {
                articles.put(field.getResultKey(), node("Article", field.getSelectionSet().getImmediateFields()));
            } else {
                scalars.put(field.getResultKey(), field.getName());
            }
        }
        return new EvidenceSelection(ordered(scalars), ordered(articles));
    }

    private static AggregateSelection aggregate(List<SelectedField> selected) {
        List<String> counts = new ArrayList<>();
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (SelectedField field : fields(selected)) {
            if (field.getName().equals("count")) {
                counts.add(field.getResultKey());
                continue;
            }
            Map<String, String> numbers = new LinkedHashMap<>();
            fields(field.getSelectionSet().getImmediateFields()).forEach(f -> numbers.put(f.getResultKey(), f.getName()));
            operations.put(field.getResultKey(), new Operation(field.getName(), ordered(numbers)));
        }
        return new AggregateSelection(List.copyOf(counts), ordered(operations));
    }

    /** Filter, order and page from a field's arguments, checked against the limits. */
    private Page page(String field, String typeName, Map<String, Object> arguments, int defaultFirst) {
        Object first = arguments.get("first");
        if (first != null) {
            checkFirst(field, (Integer) first, limits);
        }
        @SuppressWarnings("unchecked")
        var where = (Map<String, Object>) arguments.get("where");
        @SuppressWarnings("unchecked")
        var orderBy = (List<Map<String, Object>>) arguments.get("orderBy");
        List<Sort> order = order(typeName, orderBy);
        String after = (String) arguments.get("after");
        return new Page(filters.parse(typeName, where), order, first != null ? (Integer) first : defaultFirst,
                after == null ? null : Cursor.after(after, order));
    }

    private List<Sort> order(String typeName, List<Map<String, Object>> orderBy) {
        List<Sort> order = new ArrayList<>();
        for (Map<String, Object> entry : orderBy == null ? List.<Map<String, Object>>of() : orderBy) {
            var set = entry.entrySet().stream().filter(e -> e.getValue() != null).toList();
            if (set.size() != 1) {
                throw new ApiException("each orderBy entry must set exactly one field, not " + set.size(), "orderBy");
            }
            String property = set.get(0).getKey();
            if (!GraphModel.ENTITY.equals(typeName) && !model.type(typeName).scalars().containsKey(property)) {
                throw new ApiException("'" + property + "' cannot be sorted on " + typeName, "orderBy");
            }
            order.add(new Sort(property, "DESC".equals(set.get(0).getValue().toString())));
        }
        return List.copyOf(order);
    }

    /** Refuses a negative {@code first} or one above the maximum page size, naming the field. */
    static void checkFirst(String field, int first, ApiLimits limits) {
        if (first < 0) {
            throw new ApiException("'first' on " + field + " must not be negative, not " + first, "first");
        }
        if (first > limits.maxFirst()) {
            throw new ApiException("'first' on " + field + " is " + first + ", more than the maximum "
                    + limits.maxFirst() + " (zonegraph.api.max-first)", "first");
        }
    }

    /** An unmodifiable copy that keeps the selection's order, so the same document renders the same statement. */
    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * The selected fields without introspection ({@code __typename} is answered by graphql-java itself). An alias
     * starting with {@code __} is refused: GraphQL reserves such names, and the statement's own keys use them.
     */
    private static List<SelectedField> fields(List<SelectedField> selected) {
        for (SelectedField field : selected) {
            if (field.getAlias() != null && field.getAlias().startsWith("__")) {
                throw new ApiException("the alias '" + field.getAlias() + "' starts with '__', which GraphQL "
                        + "reserves for introspection", "alias");
            }
        }
        return selected.stream().filter(f -> !f.getName().startsWith("__")).toList();
    }
}
