package dev.zonegraph.query;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Holds each operation, once graphql-java has resolved it with its variables and before any field runs, to the
 * request limits ({@link RequestCost}), and queues expensive ones ({@link ExpensiveRequests}). Introspection never
 * reaches Neo4j and is exempt, as it is from the depth limit, which is checked first.
 */
@Component
@Order(1)
class RequestLimitsInstrumentation implements Instrumentation {

    private final ApiLimits api;
    private final RequestLimits limits;
    private final ExpensiveRequests expensive;

    RequestLimitsInstrumentation(ApiLimits api, RequestLimits limits, ExpensiveRequests expensive) {
        this.api = api;
        this.limits = limits;
        this.expensive = expensive;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (LimitsConfiguration.isIntrospection(parameters)) {
            return SimpleInstrumentationContext.noOp();
        }
        var context = parameters.getExecutionContext();
        long complexity = new RequestCost(context.getGraphQLSchema(), api, limits)
                .check(context.getNormalizedQueryTree().get());
        RequestBudget budget = context.getGraphQLContext().get(RequestBudget.CONTEXT_KEY);
        if (complexity >= limits.expensiveComplexity() && budget != null) {
            expensive.enter(complexity, budget);
        }
        return SimpleInstrumentationContext.noOp();
    }
}
