package dev.zonegraph.query;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/**
 * Measures a whole request as graphql-java resolved it (fragments expanded, variables applied) against the limits:
 * page sizes, root fields, the size of every argument, and the estimated complexity. The estimate counts each field
 * 1 plus its filter terms, and multiplies a list's selection by the page it can return: its {@code first}, or what
 * it returns without one (the default page of a connection, {@code max-first} items of a list).
 */
final class RequestCost {

    private final GraphQLSchema schema;
    private final ApiLimits api;
    private final RequestLimits limits;

    RequestCost(GraphQLSchema schema, ApiLimits api, RequestLimits limits) {
        this.schema = schema;
        this.api = api;
        this.limits = limits;
    }

    /**
     * The request's estimated complexity, once it is known to keep every limit; otherwise fails with the error for
     * the first limit it breaks.
     */
    long check(ExecutableNormalizedOperation operation) {
        var roots = operation.getTopLevelFields();
        if (roots.size() > limits.maxRootFields()) {
            throw refused("the request has " + roots.size() + " root fields, more than the maximum "
                    + limits.maxRootFields(), "max-root-fields", null);
        }
        int terms = 0;
        // A mutation's input (an article's text, a batch of facts) is checked by the curation validator instead.
        boolean mutation = operation.getOperation() == OperationDefinition.Operation.MUTATION;
        var pending = new ArrayDeque<ExecutableNormalizedField>();
        roots.forEach(root -> pending.addAll(mutation ? root.getChildren() : List.of(root)));
        while (!pending.isEmpty()) {
            ExecutableNormalizedField field = pending.poll();
            String name = field.getObjectTypeNames().iterator().next() + "." + field.getName();
            for (Map.Entry<String, Object> argument : field.getResolvedArguments().entrySet()) {
                checkArgument(name, argument.getKey(), argument.getValue());
                terms += InputSize.of(argument.getValue()).terms();
            }
            pending.addAll(field.getChildren());
        }
        if (terms > limits.maxFilterTerms()) {
            throw refused("the request's filters hold " + terms + " conditions, more than the maximum "
                    + limits.maxFilterTerms(), "max-filter-terms", "where");
        }
        long complexity = complexity(operation);
        if (complexity > api.maxComplexity()) {
            throw refused("maximum query complexity exceeded: the request is estimated at " + complexity
                    + ", more than the maximum " + api.maxComplexity() + "; give its lists a smaller 'first' (a list "
                    + "without one counts as " + api.maxFirst() + " items, a connection as " + api.defaultFirst()
                    + ")", "max-complexity", null);
        }
        return complexity;
    }

    /** The estimated complexity of the whole request. */
    long complexity(ExecutableNormalizedOperation operation) {
        long total = 0;
        for (ExecutableNormalizedField root : operation.getTopLevelFields()) {
            total = saturated((double) total + complexity(root));
        }
        return total;
    }

    private long complexity(ExecutableNormalizedField field) {
        long children = 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            children = saturated((double) children + complexity(child));
        }
        long terms = 0;
        for (Object value : field.getResolvedArguments().values()) {
            terms += InputSize.of(value).terms();
        }
        return saturated(1 + terms + saturated((double) pageSize(field) * children));
    }

    /** Items a field returns at most: its {@code first}, else what it returns without one; 1 for a non-list. */
    private long pageSize(ExecutableNormalizedField field) {
        if (field.getResolvedArguments().get("first") instanceof Integer first) {
            return Math.max(first, 1);
        }
        var definition = field.getFieldDefinitions(schema).get(0);
        if (definition.getArgument("first") == null) {
            return 1;
        }
        String type = GraphQLTypeUtil.unwrapAll(definition.getType()).getName();
        return type.endsWith("Connection") ? api.defaultFirst() : api.maxFirst();
    }

    private void checkArgument(String field, String argument, Object value) {
        if (argument.equals("first") && value instanceof Integer first) {
            try {
                Planner.checkFirst(field, first, api);
            } catch (ApiException e) {
                throw refused(e.getMessage(), "max-first", "first");
            }
        }
        var size = InputSize.of(value);
        String where = "'" + argument + "' on " + field;
        if (size.depth() > limits.maxFilterDepth()) {
            throw refused(where + " nests " + size.depth() + " levels deep, more than the maximum "
                    + limits.maxFilterDepth(), "max-filter-depth", argument);
        }
        if (size.longestList() > limits.maxListLength()) {
            throw refused(where + " holds a list of " + size.longestList() + " items, more than the maximum "
                    + limits.maxListLength(), "max-list-length", argument);
        }
        if (size.longestString() > limits.maxStringLength()) {
            throw refused(where + " holds a string of " + size.longestString() + " characters, more than the "
                    + "maximum " + limits.maxStringLength(), "max-string-length", argument);
        }
    }

    /**
     * A BAD_REQUEST error naming the limit and the setting that raises it (and the argument, when there is one),
     * ending the request before anything runs.
     */
    private static AbortExecutionException refused(String message, String limit, String argument) {
        String setting = "zonegraph.api." + limit;
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("limit", limit);
        extensions.put("setting", setting);
        if (argument != null) {
            extensions.put("argument", argument);
        }
        String text = message.contains(setting) ? message : message + " (" + setting + ")";
        GraphQLError error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(text)
                .extensions(extensions).build();
        return new AbortExecutionException(List.of(error));
    }

    private static long saturated(double value) {
        return value >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) value;
    }
}
