package dev.zonegraph.query;

import dev.zonegraph.query.CypherRenderer.Scope;
import dev.zonegraph.query.Plan.Page;
import dev.zonegraph.query.Plan.Sort;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.SortItem;

/** Order and keyset paging of a page: its sort items, each edge's sort key, and the cursor condition. */
final class Pages {

    private Pages() {
    }

    /** The sort key an edge carries for its cursor: the order it belongs to, the sort values, the id. */
    static Expression key(Node m, Page page, Scope scope) {
        List<Expression> key = new ArrayList<>();
        key.add(scope.parameter(Cursor.orderSpec(page.order())));
        page.order().forEach(sort -> key.add(m.property(sort.property())));
        key.add(m.property("id"));
        return Cypher.listOf(key);
    }

    /** Sort items for {@code m}: each requested key with nodes lacking it last, then the id so pages are stable. */
    static List<SortItem> sortItems(Node m, List<Sort> order) {
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
    static Condition keyset(Node m, Page page, Scope scope) {
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
}
