package dev.zonegraph.query;

import dev.zonegraph.query.CypherRenderer.Scope;
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
import java.util.ArrayList;
import java.util.List;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * The projection of a node as Cypher-DSL expressions: its selected properties, and each relationship field as a
 * {@code COLLECT} subquery with its own filter, order and limit, nested to any depth inside the parent's map
 * projection.
 */
final class Projections {

    private final GraphModel model;
    private final Conditions conditions;

    Projections(GraphModel model, Conditions conditions) {
        this.model = model;
        this.conditions = conditions;
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
                .withDistinct(m).orderBy(Pages.sortItems(m, page.order())).limit(scope.parameter((long) page.first()))
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
                    .where(conditions.render(targetType, page.where(), m, scope).and(Pages.keyset(m, page, scope)))
                    .withDistinct(m).orderBy(Pages.sortItems(m, page.order()))
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
            return Totals.totals(model, targetType, selection, Cypher.count(distinct.returning(m).build()),
                    Totals::noOperation);
        }
        SymbolicName rows = Cypher.name(scope.element());
        Statement values = distinct.returning(Cypher.listOf(fields.stream().map(m::property).toList())).build();
        Expression totals = Totals.totals(model, targetType, selection, Cypher.size(rows),
                (function, field) -> Totals.reduce(rows, fields.indexOf(field), function, scope));
        return Cypher.valueAt(Cypher.listWith(rows).in(Cypher.listOf(Cypher.collect(values))).returning(totals), 0);
    }

    /** One edge of a page: its sort key, and per {@code edges} selection the node, evidence and role. */
    Expression item(Node m, Expression rels, ConnectionSelection selection, Page page, Scope scope) {
        List<Object> entries = new ArrayList<>(List.of("__key", Pages.key(m, page, scope)));
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
        String label = model.labelOf(relation.targetType());
        return label == null ? Cypher.anyNode(scope.node()) : Cypher.node(label).named(scope.node());
    }
}
