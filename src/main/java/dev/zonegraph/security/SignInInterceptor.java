package dev.zonegraph.security;

import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import reactor.core.publisher.Mono;

/**
 * Hands the request's sign-in to {@link MutationGuard} through the GraphQL context, and adds the
 * {@code WWW-Authenticate} challenge when an operation was refused for want of a sign-in.
 */
final class SignInInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null) {
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(Map.of(MutationGuard.AUTHENTICATION, authentication)).build());
        }
        return chain.next(request).doOnNext(response -> {
            if (GraphQlStatus.refusal(response) == ErrorType.UNAUTHORIZED) {
                response.getResponseHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"zonegraph\"");
            }
        });
    }
}
