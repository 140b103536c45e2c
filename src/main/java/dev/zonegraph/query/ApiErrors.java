package dev.zonegraph.query;

import dev.zonegraph.graph.BookmarkException;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the API's own failures into GraphQL errors with a classification and a message naming the argument.
 * Anything else is left to Spring for GraphQL, which answers INTERNAL_ERROR with an id to find it in the log: no
 * stack trace, class name or Cypher text reaches a client.
 */
@Component
class ApiErrors extends DataFetcherExceptionResolverAdapter {

    /** The API's own kinds of error beside Spring's. */
    enum Classification implements ErrorClassification {
        /** A request cancelled because it ran past its time limit. */
        TIMEOUT,
        /** An expensive request refused because enough of them were running already. */
        OVERLOADED,
        /** A read Neo4j failed with a transient error even after retries: sending it again may succeed. */
        UNAVAILABLE
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        Throwable cause = ex instanceof java.util.concurrent.CompletionException && ex.getCause() != null
                ? ex.getCause() : ex;
        if (cause instanceof ApiException api) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(api.getMessage())
                    .extensions(Map.of("argument", api.argument())).build();
        }
        if (cause instanceof BookmarkException bookmarks) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(bookmarks.refused() ? ErrorType.BAD_REQUEST : Classification.TIMEOUT)
                    .message(bookmarks.getMessage()).extensions(Map.of("header", BookmarkException.HEADER)).build();
        }
        if (cause instanceof Neo4jUnavailableException unavailable) {
            return GraphqlErrorBuilder.newError(env).errorType(Classification.UNAVAILABLE)
                    .message(unavailable.getMessage())
                    .extensions(Map.of("retryable", true, "code", String.valueOf(unavailable.code()))).build();
        }
        if (cause instanceof RequestTimeoutException timeout) {
            return GraphqlErrorBuilder.newError(env).errorType(Classification.TIMEOUT).message(timeout.getMessage())
                    .build();
        }
        return null;
    }
}
