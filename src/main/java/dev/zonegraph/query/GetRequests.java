package dev.zonegraph.query;

import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.HashMap;
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
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP GET ({@code /graphql?query=...&variables=...}), which Spring for GraphQL answers with 405: clients
 * and CDNs use it for cacheable queries. Only queries: a mutation or subscription over GET is refused with 405.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class GetRequests {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlGetRoute(WebGraphQlHandler handler,
            @Value("${spring.graphql.http.path:/graphql}") String path) {
        var get = new GetHandler(handler);
        return RouterFunctions.route().GET(path, get::handle).build();
    }

    static final class GetHandler extends GraphQlHttpHandler {

        private static final JsonMapper json = JsonMapper.builder().build();

        private final WebGraphQlHandler handler;

        GetHandler(WebGraphQlHandler handler) {
            super(handler);
            this.handler = handler;
        }

        ServerResponse handle(ServerRequest request) throws jakarta.servlet.ServletException {
            String query = request.param("query").orElse(null);
            if (query == null || query.isBlank()) {
                return error(HttpStatus.BAD_REQUEST, "a GET request needs a 'query' parameter");
            }
            Map<String, Object> variables;
            try {
                variables = request.param("variables").filter(v -> !v.isBlank())
                        .map(v -> json.readValue(v, MAP)).orElse(Map.of());
            } catch (JacksonException e) {
                return error(HttpStatus.BAD_REQUEST, "'variables' is not a JSON object");
            }
            String operationName = request.param("operationName").orElse(null);
            if (!isQuery(query, operationName)) {
                return error(HttpStatus.METHOD_NOT_ALLOWED, "only queries may be sent with GET; use POST");
            }
            Map<String, Object> body = new HashMap<>();
            body.put("query", query);
            body.put("variables", variables);
            body.put("operationName", operationName);
            var graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
                    new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), request.attributes(), body,
                    UUID.randomUUID().toString(), request.servletRequest().getLocale());
            return prepareResponse(request, handler.handleRequest(graphQlRequest));
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
