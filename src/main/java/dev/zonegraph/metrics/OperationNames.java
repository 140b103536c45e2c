package dev.zonegraph.metrics;

import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Names each request's operation for meters and the request log: the name of the operation graphql-java executes (a
 * document's only operation needs no {@code operationName} from the client), kept in the request's context. Names
 * come from clients, so the set used as a tag is bounded: past {@link MetricsProperties#maxOperationNames()}
 * distinct names, new ones are counted as {@value #OTHER}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before the depth and request limits, which may end the operation
class OperationNames extends SimplePerformantInstrumentation {

    static final String OTHER = "OTHER";
    /** A request that never reached execution (a syntax or validation error, a refused document). */
    static final String NOT_EXECUTED = "none";
    static final String ANONYMOUS = "anonymous";

    private static final String CONTEXT_KEY = OperationNames.class.getName();
    private static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,99}");

    /** The executed operation: its bounded name and its type (query, mutation, subscription). */
    record Operation(String name, String type) {
    }

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final int max;

    OperationNames(MetricsProperties properties) {
        this.max = properties.maxOperationNames();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var execution = parameters.getExecutionContext();
        OperationDefinition operation = execution.getOperationDefinition();
        execution.getGraphQLContext().put(CONTEXT_KEY, new Operation(bounded(operation.getName(), ANONYMOUS),
                operation.getOperation().name().toLowerCase(Locale.ROOT)));
        return super.beginExecuteOperation(parameters, state);
    }

    /** The operation the request ran, or one named {@value #NOT_EXECUTED} when it ran none. */
    Operation of(GraphQLContext context) {
        Operation operation = context.get(CONTEXT_KEY);
        return operation != null ? operation : new Operation(NOT_EXECUTED, NOT_EXECUTED);
    }

    private String bounded(String name, String absent) {
        if (name == null || name.isEmpty()) {
            return absent;
        }
        if (!GRAPHQL_NAME.matcher(name).matches()) {
            return OTHER;
        }
        if (seen.contains(name)) {
            return name;
        }
        synchronized (seen) {
            if (seen.size() < max) {
                seen.add(name);
                return name;
            }
        }
        return seen.contains(name) ? name : OTHER;
    }
}
