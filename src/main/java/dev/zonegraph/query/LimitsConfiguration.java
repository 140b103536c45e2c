package dev.zonegraph.query;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Refuses documents that nest deeper than {@link ApiLimits} allows, before anything runs (the complexity and the
 * size of the request are {@link RequestLimitsInstrumentation}'s). Schema introspection (what GraphiQL and codegen
 * send, 15 levels deep) is exempt: it never reaches Neo4j, and graphql-java bounds it by itself.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    private static final Set<String> INTROSPECTION = Set.of("__schema", "__type", "__typename");

    @Bean
    @Order(0)
    Instrumentation maxDepth(ApiLimits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return isIntrospection(parameters) ? SimpleInstrumentationContext.noOp()
                        : super.beginExecuteOperation(parameters, state);
            }
        };
    }

    /** Whether the operation selects only introspection fields at its top level. */
    static boolean isIntrospection(InstrumentationExecuteOperationParameters parameters) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        return operation.getSelectionSet().getSelections().stream()
                .allMatch(s -> s instanceof Field field && INTROSPECTION.contains(field.getName()));
    }
}
