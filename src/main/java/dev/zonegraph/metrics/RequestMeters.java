package dev.zonegraph.metrics;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What Spring's {@code graphql.request} timer does not say about a request: its errors by classification
 * ({@code zonegraph.graphql.errors}) and the Cypher statements it cost ({@code zonegraph.graphql.statements}, read
 * from {@code extensions.zonegraph}), both by operation; and one log line per request on
 * {@code dev.zonegraph.requests} with the operation, duration, statements and outcome. Variables' values are never
 * logged, only their names. Outermost interceptor, so it sees the extensions the others add.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestMeters implements WebGraphQlInterceptor {

    private static final Logger log = LoggerFactory.getLogger("dev.zonegraph.requests");

    private final MeterRegistry registry;
    private final OperationNames names;
    private final boolean requestLog;

    RequestMeters(MeterRegistry registry, OperationNames names, MetricsProperties properties) {
        this.registry = registry;
        this.names = names;
        this.requestLog = properties.requestLog();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        long started = System.nanoTime();
        return chain.next(request).doOnNext(response -> record(request, response, System.nanoTime() - started));
    }

    private void record(WebGraphQlRequest request, WebGraphQlResponse response, long nanos) {
        var operation = names.of(response.getExecutionInput().getGraphQLContext());
        Map<String, Long> errors = response.getExecutionResult().getErrors().stream()
                .collect(Collectors.groupingBy(RequestMeters::classification, TreeMap::new, Collectors.counting()));
        errors.forEach((classification, count) -> Counter.builder("zonegraph.graphql.errors")
                .description("GraphQL errors answered, by classification").tag("classification", classification)
                .tag("operation", operation.name()).register(registry).increment(count));
        Integer statements = statements(response.getExecutionResult());
        if (statements != null) {
            DistributionSummary.builder("zonegraph.graphql.statements")
                    .description("Cypher statements a GraphQL request cost").tag("operation", operation.name())
                    .register(registry).record(statements);
        }
        if (requestLog && log.isInfoEnabled()) {
            String outcome = errors.isEmpty() ? "SUCCESS" : "ERROR";
            String errorText = errors.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                    .collect(Collectors.joining(","));
            String variables = String.join(",", new TreeMap<>(request.getVariables()).keySet());
            double millis = nanos / 1e6;
            log.atInfo().addKeyValue("operation", operation.name()).addKeyValue("type", operation.type())
                    .addKeyValue("outcome", outcome).addKeyValue("errors", errorText)
                    .addKeyValue("durationMs", Math.round(millis * 10) / 10.0)
                    .addKeyValue("statements", statements).addKeyValue("variables", variables)
                    .log("graphql operation={} type={} outcome={} errors={} durationMs={} statements={} variables={}",
                            operation.name(), operation.type(), outcome, errorText.isEmpty() ? "-" : errorText,
                            String.format(java.util.Locale.ROOT, "%.1f", millis), statements == null ? "-" : statements,
                            variables.isEmpty() ? "-" : variables);
        }
    }

    /** The error's classification as clients see it in {@code extensions.classification}. */
    static String classification(GraphQLError error) {
        Object classification = error.getExtensions() == null ? null : error.getExtensions().get("classification");
        if (classification == null && error.getErrorType() != null) {
            classification = error.getErrorType().toSpecification(error);
        }
        return classification == null ? "UNCLASSIFIED" : classification.toString();
    }

    private static Integer statements(ExecutionResult result) {
        if (result.getExtensions() != null && result.getExtensions().get("zonegraph") instanceof Map<?, ?> zonegraph
                && zonegraph.get("statements") instanceof Integer statements) {
            return statements;
        }
        return null;
    }
}
