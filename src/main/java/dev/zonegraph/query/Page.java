package dev.zonegraph.query;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;

/**
 * The paging and sorting arguments of one list or connection field, checked against the limits.
 *
 * @param skip how many matching nodes come before the page
 * @param first the page size
 * @param where the filter input (may be empty)
 * @param orderBy the sort input (may be empty)
 * @param count whether the total count is selected
 * @param aggregate whether aggregates are selected
 */
record Page(long skip, int first, Map<String, Object> where, List<Map<String, Object>> orderBy, boolean count,
        boolean aggregate) {

    static Page of(DataFetchingEnvironment env, ApiLimits limits, int defaultFirst) {
        Integer first = env.getArgument("first");
        String field = env.getParentType() instanceof graphql.schema.GraphQLNamedType parent
                ? parent.getName() + "." + env.getField().getName() : env.getField().getName();
        if (first != null) {
            checkFirst(field, first, limits);
        }
        Map<String, Object> where = env.getArgument("where");
        List<Map<String, Object>> orderBy = env.getArgument("orderBy");
        var selection = env.getSelectionSet();
        return new Page(Cursor.skipAfter(env.getArgument("after")),
                first != null ? first : defaultFirst,
                where == null ? Map.of() : where, orderBy == null ? List.of() : orderBy,
                selection.contains("totalCount"), selection.contains("aggregate"));
    }

    /** Refuses a negative {@code first} or one above the maximum page size, naming the field. */
    static void checkFirst(String field, int first, ApiLimits limits) {
        if (first < 0) {
            throw new ApiException("'first' on " + field + " must not be negative, not " + first, "first");
        }
        if (first > limits.maxFirst()) {
            throw new ApiException("'first' on " + field + " is " + first + ", more than the maximum "
                    + limits.maxFirst(), "first");
        }
    }
}
