package dev.zonegraph.query;

import dev.zonegraph.query.Filter.All;
import dev.zonegraph.query.Filter.AnyOf;
import dev.zonegraph.query.Filter.Compare;
import dev.zonegraph.query.Filter.HasLabel;
import dev.zonegraph.query.Filter.Not;
import dev.zonegraph.query.Filter.Related;
import dev.zonegraph.query.CypherRenderer.Scope;
import java.util.List;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.Where;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * Renders a {@link Filter} as a Cypher-DSL condition on a node variable: scalar operators on properties,
 * {@code EXISTS}/{@code COUNT} subqueries for relationships, every value a parameter.
 */
final class Conditions {

    private final GraphModel model;

    Conditions(GraphModel model) {
        this.model = model;
    }

    /**
     * The condition {@code filter} puts on {@code n}, a node of schema type {@code typeName}; an empty filter is no
     * condition at all (no WHERE is written for it).
     */
    Condition render(String typeName, Filter filter, Node n, Scope scope) {
        if (filter instanceof All all) {
            return all.parts().stream().map(f -> render(typeName, f, n, scope)).reduce(Condition::and)
                    .orElse(Cypher.noCondition());
        }
        if (filter instanceof AnyOf any) {
            return any.parts().stream().map(f -> render(typeName, f, n, scope)).reduce(Condition::or)
                    .orElse(Cypher.isTrue());
        }
        if (filter instanceof Not not) {
            return Filter.isTrue(not.filter()) ? Cypher.isFalse() : render(typeName, not.filter(), n, scope).not();
        }
        if (filter instanceof Compare compare) {
            return compare(n.property(compare.property()), compare, scope);
        }
        if (filter instanceof HasLabel has) {
            return hasAnyLabel(n, has.labels());
        }
        return related(n, (Related) filter, scope);
    }

    /** {@code n:A OR n:B ...}; false for no label. */
    Condition hasAnyLabel(Node n, List<String> labels) {
        return labels.stream().map(n::hasLabels).reduce(Condition::or).orElse(Cypher.isFalse());
    }

    private static Condition compare(Expression property, Compare compare, Scope scope) {
        Object value = compare.value();
        return switch (compare.op()) {
            case EQ -> property.isEqualTo(scope.parameter(value));
            case IN -> property.in(scope.parameter(value));
            case CONTAINS -> property.contains(scope.parameter(value));
            case STARTS_WITH -> property.startsWith(scope.parameter(value));
            case ENDS_WITH -> property.endsWith(scope.parameter(value));
            case LT -> property.lt(scope.parameter(value));
            case LTE -> property.lte(scope.parameter(value));
            case GT -> property.gt(scope.parameter(value));
            case GTE -> property.gte(scope.parameter(value));
            case IS_NULL -> property.isNull();
            case IS_NOT_NULL -> property.isNotNull();
            case INCLUDES -> scope.parameter(value).in(Cypher.coalesce(property, Cypher.listOf()));
            case SOME_CONTAINS -> {
                SymbolicName x = Cypher.name(scope.element());
                yield Cypher.any(x).in(Cypher.coalesce(property, Cypher.listOf()))
                        .where(x.contains(scope.parameter(value)));
            }
            case IS_EMPTY -> Cypher.size(Cypher.coalesce(property, Cypher.listOf())).isEqualTo(Cypher.literalOf(0));
            case IS_NOT_EMPTY -> Cypher.size(Cypher.coalesce(property, Cypher.listOf())).gt(Cypher.literalOf(0));
        };
    }

    private Condition related(Node n, Related related, Scope scope) {
        String targetType = related.relation().targetType();
        String label = model.labelOf(targetType);
        Node other = label == null ? Cypher.anyNode(scope.node()) : Cypher.node(label).named(scope.node());
        var pattern = Projections.pattern(n, related.relation(), other, null);
        boolean always = Filter.isTrue(related.target());
        List<PatternElement> match = List.of(pattern);
        return switch (related.quantifier()) {
            case SOME -> always ? Cypher.exists(match, null)
                    : Cypher.exists(match, Where.from(render(targetType, related.target(), other, scope)));
            case NONE -> (always ? Cypher.exists(match, null)
                    : Cypher.exists(match, Where.from(render(targetType, related.target(), other, scope)))).not();
            case ALL -> always ? Cypher.noCondition()
                    : Cypher.exists(match, Where.from(render(targetType, related.target(), other, scope).not())).not();
            case SINGLE -> Cypher.count(Cypher.match(pattern).where(render(targetType, related.target(), other, scope))
                    .returningDistinct(other).build()).isEqualTo(Cypher.literalOf(1));
        };
    }
}
