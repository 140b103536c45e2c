package dev.zonegraph.security;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Spring for GraphQL's HTTP handler, answering a refused operation with the status the GraphQL-over-HTTP spec asks
 * for: with {@code application/graphql-response+json} a response without {@code data} is a request error and gets
 * a 4xx, here 401 ({@code UNAUTHORIZED}) or 403 ({@code FORBIDDEN}) rather than the generic 400; with legacy
 * {@code application/json} every well-formed request stays 200, as the spec says.
 */
final class GraphQlStatus extends GraphQlHttpHandler {

    GraphQlStatus(WebGraphQlHandler handler) {
        super(handler);
    }

    @Override
    protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType contentType) {
        HttpStatus status = super.selectResponseStatus(response, contentType);
        if (status != HttpStatus.BAD_REQUEST) {
            return status;
        }
        ErrorType refusal = refusal(response);
        if (refusal == ErrorType.UNAUTHORIZED) {
            return HttpStatus.UNAUTHORIZED;
        }
        return refusal == ErrorType.FORBIDDEN ? HttpStatus.FORBIDDEN : status;
    }

    /** UNAUTHORIZED or FORBIDDEN when the response is only that refusal (no data), else null. */
    static ErrorType refusal(WebGraphQlResponse response) {
        if (response.getExecutionResult().isDataPresent() || response.getErrors().isEmpty()) {
            return null;
        }
        var type = response.getErrors().get(0).getErrorType();
        return type == ErrorType.UNAUTHORIZED || type == ErrorType.FORBIDDEN ? (ErrorType) type : null;
    }
}
