package dev.zonegraph.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.zonegraph.query.CypherRenderer.Rendered;
import dev.zonegraph.query.Plan.ByLabel;
import dev.zonegraph.query.Plan.ConnectionSelection;
import dev.zonegraph.query.Plan.EdgeSelection;
import dev.zonegraph.query.Plan.Field;
import dev.zonegraph.query.Plan.NodeSelection;
import dev.zonegraph.query.Plan.Page;
import dev.zonegraph.query.Plan.Related;
import dev.zonegraph.query.Plan.RelatedConnection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders each shape of plan once. The statement's text depends on the plan's structure, not on the values a request
 * brings (ids, filter values, cursor positions), so the plan is keyed with every such value replaced by a numbered
 * {@link Slot}; the cached statement's parameters hold those slots, and each request fills in its own values. Page
 * sizes stay in the key (a shape per page size). Bounded by the total length of the statements kept.
 */
final class StatementCache {

    /** Characters of Cypher text the cache holds at most. */
    static final long MAX_CHARACTERS = 8_000_000;

    /** The place of a request value in a plan's skeleton. */
    record Slot(int index) {
    }

    private final CypherRenderer renderer;
    private final Cache<Plan, Rendered> cache = Caffeine.newBuilder().maximumWeight(MAX_CHARACTERS)
            .<Plan, Rendered>weigher((plan, rendered) -> rendered.cypher().length()).build();

    StatementCache(CypherRenderer renderer) {
        this.renderer = renderer;
    }

    Rendered render(Plan plan) {
        var skeleton = new Skeleton();
        Rendered template = cache.get(skeleton.of(plan), renderer::render);
        Map<String, Object> parameters = new HashMap<>(template.parameters().size() * 2);
        template.parameters().forEach((name, value) -> parameters.put(name,
                value instanceof Slot slot ? skeleton.values.get(slot.index()) : value));
        return new Rendered(template.cypher(), parameters);
    }

    /** One plan's values, taken out in order, and the plan without them. */
    private static final class Skeleton {
        private final List<Object> values = new ArrayList<>();

        /** A slot for a value; null stays null, since the statement tests for it. */
        private Object slot(Object value) {
            if (value == null) {
                return null;
            }
            values.add(value);
            return new Slot(values.size() - 1);
        }

        Plan of(Plan plan) {
            if (plan instanceof Plan.Lookup lookup) {
                return new Plan.Lookup(lookup.label(), slot(lookup.id()), node(lookup.node()));
            }
            if (plan instanceof Plan.RootConnection root) {
                var anchor = root.anchor() == null ? null : new Plan.Anchor(root.anchor().steps(),
                        map(root.anchor().pinned(), this::slot));
                return new Plan.RootConnection(root.typeName(), anchor, page(root.page()),
                        connection(root.selection()));
            }
            var search = (Plan.Search) plan;
            return new Plan.Search(slot(search.query()), search.labels(), search.first(), search.scoreKeys(),
                    map(search.nodes(), this::node));
        }

        private NodeSelection node(NodeSelection node) {
            List<Field> fields = new ArrayList<>(node.fields().size());
            node.fields().forEach(f -> fields.add(field(f)));
            return new NodeSelection(node.typeName(), node.labels(), fields);
        }

        private Field field(Field field) {
            if (field instanceof Related r) {
                return new Related(r.key(), r.relation(), r.single(), page(r.page()), node(r.target()));
            }
            if (field instanceof RelatedConnection c) {
                return new RelatedConnection(c.key(), c.relation(), page(c.page()), connection(c.selection()));
            }
            if (field instanceof ByLabel b) {
                return new ByLabel(b.key(), map(b.variants(), this::field));
            }
            return field;
        }

        private ConnectionSelection connection(ConnectionSelection selection) {
            return new ConnectionSelection(map(selection.edges(), e -> new EdgeSelection(map(e.nodes(), this::node),
                    e.evidence(), e.roleKeys())), selection.pageInfo(), selection.totalCountKeys(),
                    selection.aggregates());
        }

        private Page page(Page page) {
            List<Object> after = null;
            if (page.after() != null) {
                after = new ArrayList<>(page.after().size());
                for (Object value : page.after()) {
                    after.add(slot(value));
                }
            }
            return new Page(filter(page.where()), page.order(), page.first(), after);
        }

        private Filter filter(Filter filter) {
            if (filter instanceof Filter.All all) {
                return new Filter.All(all.parts().stream().map(this::filter).toList());
            }
            if (filter instanceof Filter.AnyOf any) {
                return new Filter.AnyOf(any.parts().stream().map(this::filter).toList());
            }
            if (filter instanceof Filter.Not not) {
                return new Filter.Not(filter(not.filter()));
            }
            if (filter instanceof Filter.Compare compare) {
                return new Filter.Compare(compare.property(), compare.op(), slot(compare.value()));
            }
            if (filter instanceof Filter.Related related) {
                return new Filter.Related(related.relation(), related.quantifier(), filter(related.target()));
            }
            return filter;
        }

        private static <V, W> Map<String, W> map(Map<String, V> map, Function<V, W> each) {
            Map<String, W> mapped = new LinkedHashMap<>();
            map.forEach((key, value) -> mapped.put(key, each.apply(value)));
            return Collections.unmodifiableMap(mapped);
        }
    }
}
