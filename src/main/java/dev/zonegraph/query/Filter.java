package dev.zonegraph.query;

import dev.zonegraph.query.GraphModel.Relation;
import java.util.List;

/**
 * A {@code where} input as a typed tree: what the planner reasons over and the renderer turns into a Cypher
 * condition. Built by {@link FilterParser}; property names and relationships come from the schema, values stay values.
 */
sealed interface Filter {

    /** The filter that holds for every node. */
    Filter TRUE = new All(List.of());

    /** Every part holds (an empty list holds always). */
    record All(List<Filter> parts) implements Filter {
    }

    /** At least one part holds. */
    record AnyOf(List<Filter> parts) implements Filter {
    }

    /** The filter does not hold. */
    record Not(Filter filter) implements Filter {
    }

    /** A property of the node compared with a value from the request. */
    record Compare(String property, Op op, Object value) implements Filter {
    }

    /** The node carries one of these labels (the {@code type} filter of an {@code Entity}). */
    record HasLabel(List<String> labels) implements Filter {
    }

    /** Nodes across a relationship, counted by a quantifier, match {@code target}. */
    record Related(Relation relation, Quantifier quantifier, Filter target) implements Filter {
    }

    /** The scalar operators of the filter inputs. */
    enum Op {
        EQ, IN, CONTAINS, STARTS_WITH, ENDS_WITH, LT, LTE, GT, GTE, IS_NULL, IS_NOT_NULL,
        /** A list property contains the value. */
        INCLUDES,
        /** Some element of a list property contains the value. */
        SOME_CONTAINS,
        IS_EMPTY, IS_NOT_EMPTY
    }

    /** How many related nodes must match: {@code some}, {@code all}, {@code none} or exactly one. */
    enum Quantifier {
        SOME, ALL, NONE, SINGLE
    }

    /** Whether the filter holds for every node (an empty {@link All}). */
    static boolean isTrue(Filter filter) {
        return filter instanceof All all && all.parts().isEmpty();
    }

    /** The conjuncts of a filter: the parts of an {@link All}, or the filter itself. */
    static List<Filter> conjuncts(Filter filter) {
        return filter instanceof All all ? all.parts() : List.of(filter);
    }
}
