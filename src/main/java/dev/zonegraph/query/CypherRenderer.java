package dev.zonegraph.query;

import dev.zonegraph.query.Plan.ConnectionSelection;
import dev.zonegraph.query.Plan.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
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

    private final GraphModel model;
    private final Conditions conditions;
    private final Projections projections;

    CypherRenderer(GraphModel model) {
        this.model = model;
        this.conditions = new Conditions(model);
        this.projections = new Projections(model, conditions);
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
                .returning(projections.project(n, lookup.node(), scope).as("data")).build();
    }

    private Statement rootConnection(Plan.RootConnection plan, Scope scope) {
        Node n = Cypher.node(model.type(plan.typeName()).label()).named(scope.node());
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
            where = where.and(Pages.keyset(n, page, scope));
        }
        var matched = plan.anchor() == null ? Cypher.match(n).where(where) : anchored(n, plan.anchor(), scope).where(where);
        if (!selection.needsTotals()) {
            return matched.with(n).orderBy(Pages.sortItems(n, page.order()))
                    .limit(scope.parameter((long) page.first() + 1))
                    .returning(Cypher.mapOf("__items", Cypher.collect(projections.item(n, null, selection, page, scope)),
                            "__first", first, "__after", after).as("data")).build();
        }
        // One match for the page and the totals: the matching nodes are collected once, then paged and counted.
        SymbolicName all = Cypher.name("matched");
        StatementBuilder.OngoingReading stage = matched.with(Cypher.collect(n).as(all));
        Expression items = Cypher.listOf();
        if (selection.needsPage()) {
            var unwound = Cypher.unwind(all).as(n.getRequiredSymbolicName());
            var kept = page.after() == null ? unwound.with(n) : unwound.with(n).where(Pages.keyset(n, page, scope)).with(n);
            stage = stage.call(kept.orderBy(Pages.sortItems(n, page.order()))
                    .limit(scope.parameter((long) page.first() + 1))
                    .returning(Cypher.collect(projections.item(n, null, selection, page, scope)).as("items")).build(), all);
            items = Cypher.name("items");
        }
        Expression totals;
        if (Totals.hasOperations(selection)) {
            stage = stage.call(Cypher.unwind(all).as(n.getRequiredSymbolicName())
                    .returning(Totals.rootTotals(model, n, plan.typeName(), selection).as("totals")).build(), all);
            totals = Cypher.name("totals");
        } else {
            totals = Totals.totals(model, plan.typeName(), selection, Cypher.size(all), Totals::noOperation);
        }
        return stage.returning(Cypher.mapOf("__items", items, "__first", first, "__after", after, "__totals", totals)
                .as("data")).build();
    }

    private Statement search(Plan.Search plan, Scope scope) {
        SymbolicName node = Cypher.name("node");
        SymbolicName score = Cypher.name("score");
        Node hit = Cypher.anyNode(node);
        var call = Cypher.call("db.index.fulltext.queryNodes")
                .withArgs(Cypher.literalOf("entity_search"), scope.parameter(plan.query()))
                .yield(node, score);
        var filtered = plan.labels() == null ? call
                : call.with(node, score).where(conditions.hasAnyLabel(hit, plan.labels()));
        List<Object> entries = new ArrayList<>();
        plan.scoreKeys().forEach(key -> entries.addAll(List.of(key, score)));
        plan.nodes().forEach((key, selection) -> entries.addAll(List.of(key, projections.project(hit, selection, scope))));
        return filtered.with(node, score).orderBy(score.descending(), hit.property("id").ascending())
                .limit(scope.parameter((long) plan.first()))
                .returning(Cypher.collect(Cypher.mapOf(entries.toArray())).as("data")).build();
    }

    /**
     * The nodes an anchor reaches, matched from its pinned end back to the root one hop at a time, each hop's nodes
     * made distinct before the next: {@code MATCH (a:Award {level: $p})<-[:RECEIVED]-(z:Zone) WITH DISTINCT z
     * MATCH (z)<-[:LOCATED_IN]-(n:Enterprise) WITH DISTINCT n}, so no row is repeated for every path.
     */
    private StatementBuilder.OrderableOngoingReadingAndWithWithoutWhere anchored(Node n, Plan.Anchor anchor,
            Scope scope) {
        List<Node> nodes = new ArrayList<>(List.of(n));
        for (var step : anchor.steps()) {
            nodes.add(Cypher.node(step.label()).named(scope.node()));
        }
        List<Object> pinned = new ArrayList<>();
        anchor.pinned().forEach((property, value) -> pinned.addAll(List.of(property, scope.parameter(value))));
        int last = anchor.steps().size();
        nodes.set(last, nodes.get(last).withProperties(pinned.toArray()));
        StatementBuilder.OrderableOngoingReadingAndWithWithoutWhere reached = null;
        for (int i = last - 1; i >= 0; i--) {
            var hop = Projections.pattern(nodes.get(i), anchor.steps().get(i).relation(), nodes.get(i + 1), null);
            reached = (reached == null ? Cypher.match(hop) : reached.match(hop)).withDistinct(nodes.get(i));
        }
        return reached;
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
