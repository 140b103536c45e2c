package dev.zonegraph.query;

import dev.zonegraph.query.Filter.Compare;
import dev.zonegraph.query.Filter.Op;
import dev.zonegraph.query.Filter.Quantifier;
import dev.zonegraph.query.Filter.Related;
import dev.zonegraph.query.GraphModel.NodeType;
import dev.zonegraph.query.Plan.Anchor;
import dev.zonegraph.query.Plan.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The anchor planning pass over a root filter. When the filter follows a chain of relationships (a single one, or
 * {@code some} of a list) to a node pinned by equalities ({@code enterprise: { zone: { id: { eq: "zone:xian" } } }},
 * {@code zone: { awards: { some: { level: { eq: NATIONAL } } } }}), that chain becomes the match pattern, so Neo4j
 * starts from the pinned end through its index instead of testing every node of the type. When the chain says all
 * that its part of the filter says, that part is dropped from the predicate; otherwise the predicate keeps it whole.
 */
final class Anchors {

    /** An anchor and the filter that is left to check on the nodes it reaches. */
    record Anchored(Anchor anchor, Filter residual) {
    }

    private final GraphModel model;

    Anchors(GraphModel model) {
        this.model = model;
    }

    /** The anchor of {@code filter} on nodes of {@code typeName}, or null when it pins nothing. */
    Anchored find(String typeName, Filter filter) {
        List<Step> steps = new ArrayList<>();
        Filter level = filter;
        Related first = null;
        boolean implied = true;
        while (true) {
            Related next = firstChainLink(level);
            if (next == null) {
                return null;
            }
            if (first == null) {
                first = next;
            } else if (Filter.conjuncts(level).size() != 1) {
                implied = false;
            }
            NodeType target = model.type(next.relation().targetType());
            steps.add(new Step(next.relation(), target.label()));
            Map<String, Object> pinned = new LinkedHashMap<>();
            boolean onlyPins = true;
            for (Filter part : Filter.conjuncts(next.target())) {
                if (part instanceof Compare c && c.op() == Op.EQ && target.scalars().containsKey(c.property())
                        && !pinned.containsKey(c.property())) {
                    pinned.put(c.property(), c.value());
                } else {
                    onlyPins = false;
                }
            }
            if (!pinned.isEmpty()) {
                Anchor anchor = new Anchor(List.copyOf(steps), java.util.Collections.unmodifiableMap(pinned));
                return new Anchored(anchor, implied && onlyPins ? without(filter, first) : filter);
            }
            level = next.target();
        }
    }

    /** The first conjunct that follows a relationship to some node of a concrete type with a non-empty filter. */
    private static Related firstChainLink(Filter level) {
        for (Filter part : Filter.conjuncts(level)) {
            if (part instanceof Related related && related.quantifier() == Quantifier.SOME
                    && !GraphModel.ENTITY.equals(related.relation().targetType())
                    && !Filter.conjuncts(related.target()).isEmpty()) {
                return related;
            }
        }
        return null;
    }

    private static Filter without(Filter filter, Filter part) {
        List<Filter> rest = new ArrayList<>(Filter.conjuncts(filter));
        rest.remove(part);
        return rest.size() == 1 ? rest.get(0) : new Filter.All(List.copyOf(rest));
    }
}
