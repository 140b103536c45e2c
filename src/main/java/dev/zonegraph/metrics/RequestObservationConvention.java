package dev.zonegraph.metrics;

import io.micrometer.common.KeyValues;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;

/**
 * Spring for GraphQL's {@code graphql.request} timer, tagged also by operation name ({@code graphql.operation.name},
 * which Spring only gives traces): the executed operation's name, bounded by {@link OperationNames}.
 */
class RequestObservationConvention extends DefaultExecutionRequestObservationConvention {

    private final OperationNames names;

    RequestObservationConvention(OperationNames names) {
        this.names = names;
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context).and("graphql.operation.name",
                names.of(context.getExecutionInput().getGraphQLContext()).name());
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(ExecutionRequestObservationContext context) {
        return KeyValues.of(executionId(context));
    }
}
