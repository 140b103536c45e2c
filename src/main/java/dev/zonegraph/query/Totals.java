package dev.zonegraph.query;

import dev.zonegraph.query.CypherRenderer.Scope;
import dev.zonegraph.query.Plan.ConnectionSelection;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * The {@code totalCount} and {@code aggregate} values of a connection, by result key: at the root with the
 * aggregating functions over the matched nodes, below it (where Neo4j refuses aggregation inside a projection) with
 * {@code COUNT} and {@code reduce} over collected values.
 */
final class Totals {

    private Totals() {
    }

    /** How one aggregate function over one numeric field is computed. */
    interface Aggregator {
        Expression of(String function, String field);
    }

    /** Totals at the root, in a CALL subquery over the matching nodes: the aggregating functions themselves. */
    static Expression rootTotals(GraphModel model, Node m, String typeName, ConnectionSelection selection) {
        return totals(model, typeName, selection, Cypher.count(m), (function, field) -> {
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
    static Expression totals(GraphModel model, String typeName, ConnectionSelection selection, Expression count,
            Aggregator aggregator) {
        List<Object> entries = new ArrayList<>();
        selection.totalCountKeys().forEach(k -> entries.addAll(List.of(k, count)));
        for (var aggregate : selection.aggregates().entrySet()) {
            List<Object> fields = new ArrayList<>();
            aggregate.getValue().countKeys().forEach(k -> fields.addAll(List.of(k, count)));
            for (var operation : aggregate.getValue().operations().entrySet()) {
                List<Object> values = new ArrayList<>();
                operation.getValue().fields().forEach((k, field) -> {
                    if (!model.type(typeName).numbers().contains(field)) {
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

    /** min, max, sum or avg of column {@code index} of {@code rows}, nulls ignored, as the functions do. */
    static Expression reduce(SymbolicName rows, int index, String function, Scope scope) {
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
                    .then(Cypher.literalNull()).elseDefault(sum.divide(present.multiply(Cypher.literalOf(1.0))));
            case "min", "max" -> Cypher.reduce(row).in(rows).map(Cypher.caseExpression()
                    .when(value.isNull().or(acc.isNotNull().and(function.equals("min") ? acc.lte(value)
                            : acc.gte(value)))).then(acc).elseDefault(value))
                    .accumulateOn(acc).withInitialValueOf(Cypher.literalNull());
            default -> throw new IllegalStateException("no aggregate " + function);
        };
    }

    static boolean hasOperations(ConnectionSelection selection) {
        return selection.aggregates().values().stream().anyMatch(a -> !a.operations().isEmpty());
    }

    static Expression noOperation(String function, String field) {
        throw new IllegalStateException("no aggregate operation was selected");
    }
}
