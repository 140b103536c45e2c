package dev.zonegraph.query;

import dev.zonegraph.query.GraphModel.Relation;
import dev.zonegraph.query.Plan.ByLabel;
import dev.zonegraph.query.Plan.ConnectionSelection;
import dev.zonegraph.query.Plan.EdgeSelection;
import dev.zonegraph.query.Plan.EvidenceSelection;
import dev.zonegraph.query.Plan.Field;
import dev.zonegraph.query.Plan.NodeEvidence;
import dev.zonegraph.query.Plan.NodeSelection;
import dev.zonegraph.query.Plan.Page;
import dev.zonegraph.query.Plan.Property;
import dev.zonegraph.query.Plan.Related;
import dev.zonegraph.query.Plan.RelatedConnection;
import dev.zonegraph.query.Plan.Sort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.ExposesRelationships;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/**
 * Renders a {@link Plan} as one Cypher statement with the Cypher-DSL: labels, types and property names are escaped
 * by construction and every value from the request is a parameter. Nested levels are {@code COLLECT} subqueries with
 * their own ORDER BY and LIMIT inside the map projection of their parent, so the statement's single {@code data}
 * column already has the shape of the GraphQL answer: maps keyed by result key, and for each connection its
 * {@code __items} (one more than the page, to tell whether a page follows), {@code __first}, {@code __after} and
 * {@code __totals}.
 */
final class CypherRenderer {

    /** A statement and its parameters. */
    record Rendered(String cypher, Map<String, Object> parameters) {
    }

    private static final Renderer RENDERER = Renderer.getRenderer(
            Configuration.newConfig().withDialect(Dialect.NEO4J_5_DEFAULT_CYPHER).build());

    private final Conditions conditions;

    CypherRenderer(GraphModel model) {
        this.conditions = new Conditions(model);
    }

    Rendered render(Plan plan) {
        var scope = new Scope();
        Statement statement;
        if (plan instanceof Plan.Lookup lookup) {
            statement = lookup(lookup, scope);
        } else if (plan instanceof Plan.RootConnection connection) {
            statement = rootConnection(connection, scope);
        } else {
            statement = search((Plan.Search) plan, scope);
        }
        return new Rendered(RENDERER.render(statement), scope.parameters);
    }

    private Statement lookup(Plan.Lookup lookup, Scope scope) {
        Node n = Cypher.node(lookup.label()).named(scope.node());
        return Cypher.match(n.withProperties("id", scope.parameter(lookup.id())))
                .returning(project(n, lookup.node(), scope).as("data")).build();
    }

    private Statement rootConnection(Plan.RootConnection plan, Scope scope) {
        Node n = Cypher.node(model().type(plan.typeName()).label()).named(scope.node());
        Page page = plan.page();
        ConnectionSelection selection = plan.selection();
        Expression first = scope.parameter((long) page.first());
        Expression after = Cypher.literalOf(page.after() != null);
        if (!selection.needsTotals() && !selection.needsPage()) {
            return Cypher.returning(Cypher.mapOf("__items", Cypher.listOf(), "__first", first, "__after", after)
                    .as("data")).build();
        }
        var where = conditions.render(plan.typeName(), page.where(), n, scope);
        if (!selection.needsTotals()) {
            where = where.and(keyset(n, page, scope));
        }
        var matched = plan.anchor() == null ? Cypher.match(n).where(where)
                : Cypher.match(anchorPattern(n, plan.anchor(), scope)).withDistinct(n).where(where);
        if (!selection.needsTotals()) {
            return matched.with(n).orderBy(sortItems(n, page.order()))
                    .limit(scope.parameter((long) page.first() + 1))
                    .returning(Cypher.mapOf("__items", Cypher.collect(item(n, null, selection, page, scope)),
                            "__first", first, "__after", after).as("data")).build();
        }
        // One match for the page and the totals: the matching nodes are collected once, then paged and counted.
        SymbolicName all = Cypher.name("all");
        var collected = matched.with(Cypher.collect(n).as("all"));
        Statement totals = Cypher.unwind(all).as(n.getRequiredSymbolicName())
                .returning(rootTotals(n, plan.typeName(), selection).as("totals")).build();
        if (!selection.needsPage()) {
            return collected.call(totals, all).returning(Cypher.mapOf("__items", Cypher.listOf(), "__first", first,
                    "__after", after, "__totals", Cypher.name("totals")).as("data")).build();
        }
        var unwound = Cypher.unwind(all).as(n.getRequiredSymbolicName());
        var kept = page.after() == null ? unwound.with(n) : unwound.with(n).where(keyset(n, page, scope)).with(n);
        Statement pageOf = kept.orderBy(sortItems(n, page.order()))
                .limit(scope.parameter((long) page.first() + 1))
                .returning(Cypher.collect(item(n, null, selection, page, scope)).as("items")).build();
        return collected.call(pageOf, all).call(totals, all).returning(Cypher.mapOf("__items", Cypher.name("items"),
                "__first", first,
                "__after", after, "__totals", Cypher.name("totals")).as("data")).build();
    }

    private Statement search(Plan.Search plan, Scope scope) {
        SymbolicName node = Cypher.name("node");
        SymbolicName score = Cypher.name("score");
        Node hit = Cypher.anyNode(node);
        var call = Cypher.call("db.index.fulltext.queryNodes")
                .withArgs(Cypher.literalOf("entity_search"), scope.parameter(Lucene.escape(plan.text())))
                .yield(node, score);
        var filtered = plan.labels() == null ? call
                : call.with(node, score).where(conditions.hasAnyLabel(hit, plan.labels()));
        List<Object> entries = new ArrayList<>();
        plan.scoreKeys().forEach(key -> entries.addAll(List.of(key, score)));
        plan.nodes().forEach((key, selection) -> entries.addAll(List.of(key, project(hit, selection, scope))));
        return filtered.with(node, score).orderBy(score.descending(), hit.property("id").ascending())
                .limit(scope.parameter((long) plan.first()))
                .returning(Cypher.collect(Cypher.mapOf(entries.toArray())).as("data")).build();
    }

    /** {@code n{key: n.property, ...}}: exactly the selected fields, and the labels where the type is abstract. */
    Expression project(Node n, NodeSelection selection, Scope scope) {
        List<Object> entries = new ArrayList<>();
        if (selection.labels()) {
            entries.addAll(List.of("__labels", Cypher.labels(n)));
        }
        for (Field field : selection.fields()) {
            entries.add(field.key());
            entries.add(value(n, field, scope));
        }
        return n.getRequiredSymbolicName().project(entries.toArray());
    }

    private Expression value(Node n, Field field, Scope scope) {
        if (field instanceof Property p) {
            return p.list() ? Cypher.coalesce(n.property(p.property()), Cypher.listOf()) : n.property(p.property());
        }
        if (field instanceof NodeEvidence e) {
            return nodeEvidence(n, e.selection(), scope);
        }
        if (field instanceof Related r) {
            return related(n, r, scope);
        }
        if (field instanceof RelatedConnection c) {
            return relatedConnection(n, c, scope);
        }
        var byLabel = Cypher.caseExpression();
        for (var variant : ((ByLabel) field).variants().entrySet()) {
            byLabel = byLabel.when(n.hasLabels(variant.getKey())).then(value(n, variant.getValue(), scope));
        }
        return byLabel;
    }

    /** A relationship field as a list (or the first node): {@code COLLECT { MATCH ... ORDER BY ... LIMIT ... }}. */
    private Expression related(Node parent, Related field, Scope scope) {
        Node m = target(field.relation(), scope);
        Page page = field.page();
        Statement subquery = Cypher.match(pattern(parent, field.relation(), m, null))
                .where(conditions.render(field.relation().targetType(), page.where(), m, scope))
                .withDistinct(m).orderBy(sortItems(m, page.order())).limit(scope.parameter((long) page.first()))
                .returning(project(m, field.target(), scope)).build();
        return field.single() ? Cypher.head(Cypher.collect(subquery)) : Cypher.collect(subquery);
    }

    /**
     * A relationship field as a connection: the page of edges, and totals if asked. Neo4j refuses an aggregation
     * inside a subquery inside a projection, so nothing here aggregates: an edge's relationships come from a pattern
     * comprehension, counts from {@code COUNT}, aggregates from {@code reduce} over the collected values.
     */
    private Expression relatedConnection(Node parent, RelatedConnection field, Scope scope) {
        Relation relation = field.relation();
        ConnectionSelection selection = field.selection();
        Page page = field.page();
        String targetType = relation.targetType();
        List<Object> entries = new ArrayList<>(List.of("__first", scope.parameter((long) page.first()),
                "__after", Cypher.literalOf(page.after() != null)));
        if (selection.needsPage()) {
            Node m = target(relation, scope);
            SymbolicName x = Cypher.name(scope.relationship());
            Expression rels = Cypher.listBasedOn(pattern(parent, relation, m, x)).returning(x);
            Statement items = Cypher.match(pattern(parent, relation, m, null))
                    .where(conditions.render(targetType, page.where(), m, scope).and(keyset(m, page, scope)))
                    .withDistinct(m).orderBy(sortItems(m, page.order()))
                    .limit(scope.parameter((long) page.first() + 1))
                    .returning(item(m, rels, selection, page, scope)).build();
            entries.addAll(List.of("__items", Cypher.collect(items)));
        } else {
            entries.addAll(List.of("__items", Cypher.listOf()));
        }
        if (selection.needsTotals()) {
            entries.addAll(List.of("__totals", nestedTotals(parent, relation, page, selection, scope)));
        }
        return Cypher.mapOf(entries.toArray());
    }

    /** Count and aggregates of every distinct node a relationship field matches, without aggregating functions. */
    private Expression nestedTotals(Node parent, Relation relation, Page page, ConnectionSelection selection,
            Scope scope) {
        String targetType = relation.targetType();
        Node m = target(relation, scope);
        var distinct = Cypher.match(pattern(parent, relation, m, null))
                .where(conditions.render(targetType, page.where(), m, scope)).withDistinct(m);
        List<String> fields = selection.aggregates().values().stream()
                .flatMap(a -> a.operations().values().stream()).flatMap(o -> o.fields().values().stream())
                .distinct().toList();
        if (fields.isEmpty()) {
            Expression count = Cypher.count(distinct.returning(m).build());
            return totals(targetType, selection, count, (function, field) -> {
                throw new IllegalStateException("no numeric field selected");
            });
        }
        SymbolicName rows = Cypher.name(scope.element());
        Statement values = distinct.returning(Cypher.listOf(fields.stream().map(m::property).toList())).build();
        Expression totals = totals(targetType, selection, Cypher.size(rows),
                (function, field) -> reduce(rows, fields.indexOf(field), function, scope));
        return Cypher.valueAt(Cypher.listWith(rows).in(Cypher.listOf(Cypher.collect(values))).returning(totals), 0);
    }

    /** min, max, sum or avg of column {@code index} of {@code rows}, nulls ignored, as the functions do. */
    private static Expression reduce(SymbolicName rows, int index, String function, Scope scope) {
        SymbolicName acc = Cypher.name(scope.element());
        SymbolicName row = Cypher.name(scope.element());
        Expression value = Cypher.valueAt(row, index);
        Expression sum = Cypher.reduce(row).in(rows).map(acc.add(Cypher.coalesce(value, Cypher.literalOf(0))))
                .accumulateOn(acc).withInitialValueOf(Cypher.literalOf(0));
        SymbolicName r = Cypher.name(scope.element());
        Expression present = Cypher.size(Cypher.listWith(r).in(rows).where(Cypher.valueAt(r, index).isNotNull())
                .returning(r));
        return switch (function) {
            case "sum" -> sum;
            case "avg" -> Cypher.caseExpression().when(present.isEqualTo(Cypher.literalOf(0)))
                    .then(Cypher.literalNull()).elseDefault(sum.divide(Cypher.raw("toFloat(%s)", present)));
            case "min", "max" -> Cypher.reduce(row).in(rows).map(Cypher.caseExpression()
                    .when(value.isNull().or(acc.isNotNull().and(function.equals("min") ? acc.lte(value)
                            : acc.gte(value)))).then(acc).elseDefault(value))
                    .accumulateOn(acc).withInitialValueOf(Cypher.literalNull());
            default -> throw new IllegalStateException("no aggregate " + function);
        };
    }

    /** One edge of a page: its sort key, and per {@code edges} selection the node, evidence and role. */
    private Expression item(Node m, Expression rels, ConnectionSelection selection, Page page, Scope scope) {
        List<Expression> key = new ArrayList<>();
        key.add(scope.parameter(Cursor.orderSpec(page.order())));
        page.order().forEach(sort -> key.add(m.property(sort.property())));
        key.add(m.property("id"));
        List<Object> entries = new ArrayList<>(List.of("__key", Cypher.listOf(key)));
        for (var edges : selection.edges().entrySet()) {
            EdgeSelection edge = edges.getValue();
            List<Object> fields = new ArrayList<>();
            edge.nodes().forEach((k, node) -> fields.addAll(List.of(k, project(m, node, scope))));
            edge.evidence().forEach((k, evidence) -> fields.addAll(List.of(k,
                    rels == null ? Cypher.listOf() : edgeEvidence(rels, evidence, scope))));
            for (String k : edge.roleKeys()) {
                SymbolicName x = Cypher.name(scope.element());
                fields.addAll(List.of(k, rels == null ? Cypher.literalNull() : Cypher.head(Cypher.listWith(x).in(rels)
                        .where(Cypher.property(x, "role").isNotNull()).returning(Cypher.property(x, "role")))));
            }
            entries.addAll(List.of(edges.getKey(), Cypher.mapOf(fields.toArray())));
        }
        return Cypher.mapOf(entries.toArray());
    }

    /** How one aggregate function over one numeric field is computed. */
    private interface Aggregator {
        Expression of(String function, String field);
    }

    /** Totals at the root, in a CALL subquery over the matching nodes: the aggregating functions themselves. */
    private Expression rootTotals(Node m, String typeName, ConnectionSelection selection) {
        return totals(typeName, selection, Cypher.count(m), (function, field) -> {
            Expression property = m.property(field);
            return switch (function) {
                case "min" -> Cypher.min(property);
                case "max" -> Cypher.max(property);
                case "avg" -> Cypher.avg(property);
                case "sum" -> Cypher.sum(property);
                default -> throw new IllegalStateException("no aggregate " + function);
            };
        });
    }

    /** {@code {totalCount: <count>, aggregate: {count: <count>, max: {growth: <max>}}}} by result key. */
    private Expression totals(String typeName, ConnectionSelection selection, Expression count,
            Aggregator aggregator) {
        List<Object> entries = new ArrayList<>();
        selection.totalCountKeys().forEach(k -> entries.addAll(List.of(k, count)));
        for (var aggregate : selection.aggregates().entrySet()) {
            List<Object> fields = new ArrayList<>();
            aggregate.getValue().countKeys().forEach(k -> fields.addAll(List.of(k, count)));
            for (var operation : aggregate.getValue().operations().entrySet()) {
                List<Object> values = new ArrayList<>();
                operation.getValue().fields().forEach((k, field) -> {
                    if (!model().type(typeName).numbers().contains(field)) {
                        throw new IllegalStateException(typeName + " has no numeric field " + field);
                    }
                    values.addAll(List.of(k, aggregator.of(operation.getValue().function(), field)));
                });
                fields.addAll(List.of(operation.getKey(), Cypher.mapOf(values.toArray())));
            }
            entries.addAll(List.of(aggregate.getKey(), Cypher.mapOf(fields.toArray())));
        }
        return Cypher.mapOf(entries.toArray());
    }

    /** The MENTIONED_IN evidence of a node, by source. */
    private Expression nodeEvidence(Node n, EvidenceSelection selection, Scope scope) {
        Node article = Cypher.node("Article");
        Relationship mention = n.relationshipTo(article, "MENTIONED_IN").named(scope.relationship());
        SymbolicName x = mention.getRequiredSymbolicName();
        Statement subquery = Cypher.match(mention).with(x).orderBy(Cypher.property(x, "source").ascending())
                .returning(evidence(x, Cypher.property(x, "quote"), selection, scope)).build();
        return Cypher.collect(subquery);
    }

    /** The evidence of a relationship edge: each of its relationships that names a source. */
    private Expression edgeEvidence(Expression rels, EvidenceSelection selection, Scope scope) {
        SymbolicName x = Cypher.name(scope.element());
        return Cypher.listWith(x).in(rels).where(Cypher.property(x, "source").isNotNull())
                .returning(evidence(x, Cypher.coalesce(Cypher.property(x, "quote"), Cypher.literalOf("")), selection,
                        scope));
    }

    private Expression evidence(SymbolicName x, Expression quote, EvidenceSelection selection, Scope scope) {
        List<Object> entries = new ArrayList<>();
        selection.scalars().forEach((key, field) -> entries.addAll(List.of(key,
                field.equals("quote") ? quote : Cypher.property(x, field))));
        selection.articles().forEach((key, article) -> {
            Node a = Cypher.node("Article").named(scope.node());
            var source = Cypher.property(x, "source");
            Statement lookup = Cypher.match(a.withProperties("id", source)).returning(project(a, article, scope))
                    .build();
            entries.addAll(List.of(key, Cypher.caseExpression().when(source.startsWith(Cypher.literalOf("article:")))
                    .then(Cypher.head(Cypher.collect(lookup)))));
        });
        return Cypher.mapOf(entries.toArray());
    }

    /** Sort items for {@code m}: each requested key with nodes lacking it last, then the id so pages are stable. */
    private static List<SortItem> sortItems(Node m, List<Sort> order) {
        List<SortItem> items = new ArrayList<>();
        for (Sort sort : order) {
            items.add(Cypher.sort(m.property(sort.property()).isNull()));
            items.add(Cypher.sort(m.property(sort.property()),
                    sort.descending() ? SortItem.Direction.DESC : SortItem.Direction.ASC));
        }
        items.add(m.property("id").ascending());
        return items;
    }

    /**
     * The nodes strictly after the cursor in the sort order (nulls last in either direction): for each key, all
     * earlier keys equal and this one further along.
     */
    private static org.neo4j.cypherdsl.core.Condition keyset(Node m, Page page, Scope scope) {
        if (page.after() == null) {
            return Cypher.noCondition();
        }
        List<Object> values = page.after();
        var after = Cypher.noCondition();
        var equalSoFar = Cypher.noCondition();
        for (int i = 0; i <= page.order().size(); i++) {
            boolean id = i == page.order().size();
            Expression property = m.property(id ? "id" : page.order().get(i).property());
            Object value = values.get(i);
            if (value != null) {
                Parameter<?> p = scope.parameter(value);
                var further = id ? property.gt(p) : page.order().get(i).descending()
                        ? property.isNull().or(property.lt(p)) : property.isNull().or(property.gt(p));
                after = after.or(equalSoFar.and(further));
                equalSoFar = equalSoFar.and(property.isEqualTo(p));
            } else {
                equalSoFar = equalSoFar.and(property.isNull());
            }
        }
        return after;
    }

    private PatternElement anchorPattern(Node n, Plan.Anchor anchor, Scope scope) {
        ExposesRelationships<?> path = n;
        for (int i = 0; i < anchor.steps().size(); i++) {
            var step = anchor.steps().get(i);
            Node to = Cypher.node(step.label()).named(scope.node());
            if (i == anchor.steps().size() - 1) {
                List<Object> properties = new ArrayList<>();
                anchor.pinned().forEach((property, value) -> properties.addAll(List.of(property, scope.parameter(value))));
                to = to.withProperties(properties.toArray());
            }
            String type = step.relation().type();
            path = step.relation().outgoing() ? path.relationshipTo(to, type) : path.relationshipFrom(to, type);
        }
        return (PatternElement) path;
    }

    private static Relationship hop(Node from, Relation relation, Node to) {
        return relation.outgoing() ? from.relationshipTo(to, relation.type()) : from.relationshipFrom(to, relation.type());
    }

    /** {@code (parent)-[r:TYPE]->(m)} in the relation's direction; {@code r} may be null. */
    static Relationship pattern(Node parent, Relation relation, Node m, SymbolicName r) {
        Relationship rel = hop(parent, relation, m);
        return r == null ? rel : rel.named(r);
    }

    /** A fresh node variable of the relation's target label (any label for {@code Entity}). */
    private Node target(Relation relation, Scope scope) {
        String label = model().labelOf(relation.targetType());
        return label == null ? Cypher.anyNode(scope.node()) : Cypher.node(label).named(scope.node());
    }

    private GraphModel model() {
        return conditions.model();
    }

    /** Fresh variable and parameter names for one statement, numbered in the order they are made. */
    static final class Scope {
        private final Map<String, Object> parameters = new HashMap<>();
        private int nodes;
        private int relationships;
        private int elements;

        Parameter<Object> parameter(Object value) {
            String name = "p" + parameters.size();
            parameters.put(name, value);
            return Cypher.parameter(name, value);
        }

        String node() {
            return "n" + nodes++;
        }

        String relationship() {
            return "r" + relationships++;
        }

        String element() {
            return "x" + elements++;
        }
    }
}
