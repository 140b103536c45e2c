package dev.zonegraph.query;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
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

/**
 * Refuses documents that nest deeper or cost more than {@link ApiLimits} allows, before anything runs. Schema
 * introspection (what GraphiQL and codegen send, 15 levels deep) is exempt: it never reaches Neo4j, and graphql-java
 * bounds it by itself.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    private static final Set<String> INTROSPECTION = Set.of("__schema", "__type", "__typename");

    @Bean
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

    /** Each field costs 1 plus its selection; a list or connection multiplies its selection by its page size. */
    @Bean
    Instrumentation maxComplexity(ApiLimits limits) {
        FieldComplexityCalculator calculator = (env, childComplexity) -> {
            Object first = env.getArguments().get("first");
            if (first instanceof Integer n) {
                return 1 + Math.max(n, 1) * childComplexity;
            }
            boolean list = env.getFieldDefinition().getArgument("first") != null;
            return 1 + (list ? limits.defaultFirst() : 1) * childComplexity;
        };
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), calculator) {
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
