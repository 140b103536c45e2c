package dev.zonegraph.curation;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import java.util.List;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

/**
 * No mutation runs before the service is ready: while it starts (the seed is loading, and a seed load rewrites
 * what its articles state) or whenever readiness is {@code REFUSING_TRAFFIC}, a mutation is answered with a request
 * error classified {@code UNAVAILABLE} and nothing of it runs. Reads are served meanwhile.
 */
@Component
class WritesWaitForReadiness extends SimplePerformantInstrumentation {

    /** The classification of a mutation refused because the service is not ready. */
    enum Classification implements ErrorClassification {
        UNAVAILABLE
    }

    private final ApplicationAvailability availability;

    WritesWaitForReadiness(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var operation = parameters.getExecutionContext().getOperationDefinition().getOperation();
        ReadinessState readiness = availability.getReadinessState();
        if (operation == OperationDefinition.Operation.MUTATION && readiness != ReadinessState.ACCEPTING_TRAFFIC) {
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .errorType(Classification.UNAVAILABLE)
                    .message("the service is not ready for writes yet (readiness " + readiness + ": it is starting "
                            + "or loading the seed); retry when /actuator/health/readiness is UP")
                    .build()));
        }
        return SimpleInstrumentationContext.noOp();
    }
}
