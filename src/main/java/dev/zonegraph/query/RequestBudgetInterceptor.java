package dev.zonegraph.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives each request its {@link RequestBudget} (closing its transaction when the request ends) and reports, in the
 * response's {@code extensions.zonegraph}, how many Cypher statements and transactions it cost (the figures the
 * no-N+1 tests and the benchmark read).
 */
@Component
class RequestBudgetInterceptor implements WebGraphQlInterceptor {

    private final ApiLimits limits;

    RequestBudgetInterceptor(ApiLimits limits) {
        this.limits = limits;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var budget = new RequestBudget(limits.requestTimeout());
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(Map.of(RequestBudget.CONTEXT_KEY, budget)).build());
        return chain.next(request).doFinally(signal -> budget.close()).map(response -> response.transform(builder -> {
            var extensions = new LinkedHashMap<Object, Object>(response.getExecutionResult().getExtensions() == null
                    ? Map.of() : response.getExecutionResult().getExtensions());
            // In a fixed order, so that equal answers are equal bytes (a GET answer's ETag hashes them).
            var figures = new LinkedHashMap<String, Object>();
            figures.put("statements", budget.statements());
            figures.put("transactions", budget.transactions());
            extensions.put("zonegraph", figures);
            builder.extensions(extensions);
        }));
    }
}
