package dev.zonegraph.query;

import dev.zonegraph.graph.BookmarkException;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP GET ({@code /graphql?query=...&variables=...&extensions=...}), which Spring for GraphQL answers
 * with 405: clients and CDNs use it for cacheable queries, also by hash alone ({@link PersistedQueries}). Only
 * queries: a mutation or subscription over GET is refused with 405. A successful answer carries
 * {@code Cache-Control: max-age} and a weak {@code ETag} (a hash of the body); a matching {@code If-None-Match} is
 * answered 304 without a body. An answer with errors is {@code no-store}. Answers vary by {@code Neo4j-Bookmark}, so
 * that no cache serves an answer from before a client's write to a request that sends that write's bookmark.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class GetRequests {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlGetRoute(WebGraphQlHandler handler, PersistedQueries persisted,
            PersistedQueryProperties properties, @Value("${spring.graphql.http.path:/graphql}") String path) {
        var get = new GetHandler(handler, persisted, CacheControl.maxAge(properties.getMaxAge()).getHeaderValue());
        return RouterFunctions.route().GET(path, get::handle).build();
    }

    /** ETag from the body of GET answers (weak, so that Tomcat still compresses them), 304 on a match. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> graphQlGetEtags(
            @Value("${spring.graphql.http.path:/graphql}") String path) {
        var filter = new ShallowEtagHeaderFilter();
        filter.setWriteWeakETag(true);
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(path);
        return registration;
    }

    static final class GetHandler extends GraphQlHttpHandler {

        private static final JsonMapper json = JsonMapper.builder().build();

        private final WebGraphQlHandler handler;
        private final PersistedQueries persisted;
        private final String cacheControl;

        GetHandler(WebGraphQlHandler handler, PersistedQueries persisted, String cacheControl) {
            super(handler);
            this.handler = handler;
            this.persisted = persisted;
            this.cacheControl = cacheControl;
        }

        ServerResponse handle(ServerRequest request) throws jakarta.servlet.ServletException {
            Map<String, Object> variables;
            Map<String, Object> extensions;
            try {
                variables = jsonObject(request, "variables");
                extensions = jsonObject(request, "extensions");
            } catch (JacksonException e) {
                return error(HttpStatus.BAD_REQUEST, "'variables' and 'extensions' must be JSON objects");
            }
            String query = request.param("query").filter(q -> !q.isBlank()).orElse(null);
            String hash = extensions.get("persistedQuery") instanceof Map<?, ?> persistedQuery
                    && persistedQuery.get("sha256Hash") instanceof String sha256 ? sha256 : null;
            if (query == null && hash == null) {
                return error(HttpStatus.BAD_REQUEST,
                        "a GET request needs a 'query' parameter or extensions.persistedQuery.sha256Hash");
            }
            String operationName = request.param("operationName").orElse(null);
            String document = query != null ? query : persisted.document(hash);
            if (document != null && !isQuery(document, operationName)) {
                return error(HttpStatus.METHOD_NOT_ALLOWED, "only queries may be sent with GET; use POST");
            }
            var body = new SerializableGraphQlRequest();
            body.setQuery(query);
            body.setVariables(variables);
            body.setOperationName(operationName);
            body.setExtensions(extensions);
            var graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
                    new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), request.attributes(), body,
                    UUID.randomUUID().toString(), request.servletRequest().getLocale());
            return prepareResponse(request, handler.handleRequest(graphQlRequest).doOnNext(response -> {
                response.getResponseHeaders().setCacheControl(response.getExecutionResult().getErrors().isEmpty()
                        ? cacheControl : "no-store");
                // An answer read after the client's bookmarks must not be served from a cache to one without them.
                response.getResponseHeaders().add(HttpHeaders.VARY, BookmarkException.HEADER);
            }));
        }

        private static Map<String, Object> jsonObject(ServerRequest request, String name) {
            return request.param(name).filter(v -> !v.isBlank()).map(v -> json.readValue(v, MAP)).orElse(Map.of());
        }

        /** Whether the operation to run is a query; a document that does not parse is left to the engine (400). */
        private static boolean isQuery(String document, String operationName) {
            try {
                return Parser.parse(document).getDefinitionsOfType(OperationDefinition.class).stream()
                        .filter(op -> operationName == null || operationName.equals(op.getName()))
                        .allMatch(op -> op.getOperation() == OperationDefinition.Operation.QUERY);
            } catch (InvalidSyntaxException e) {
                return true;
            }
        }

        private static ServerResponse error(HttpStatus status, String message) {
            return ServerResponse.status(status).contentType(MediaType.valueOf("application/graphql-response+json"))
                    .body(Map.of("errors", java.util.List.of(Map.of("message", message,
                            "extensions", Map.of("classification", status.name().toUpperCase(Locale.ROOT))))));
        }

        private static final tools.jackson.core.type.TypeReference<Map<String, Object>> MAP =
                new tools.jackson.core.type.TypeReference<>() { };
    }
}
