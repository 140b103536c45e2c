package dev.zonegraph.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request that lacks a usable sign-in (401, with the challenge a client needs) or the role a path needs
 * (403). {@code /graphql} answers as a GraphQL response with classification {@code UNAUTHORIZED} or
 * {@code FORBIDDEN}; other paths as the console does, {@code {"error": {"message", "code"}}}. Neo4j Browser's page
 * asks for Basic credentials, so the web browser shows its sign-in prompt.
 */
final class SignInErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper json = JsonMapper.builder().build();

    private final String graphqlPath;

    SignInErrors(String graphqlPath) {
        this.graphqlPath = graphqlPath;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String challenge;
        if (PresentedCredentials.isBrowserPage(request)) {
            challenge = "Basic realm=\"zonegraph\", charset=\"UTF-8\"";
        } else if (failure instanceof OAuth2AuthenticationException) {
            challenge = "Bearer realm=\"zonegraph\", error=\"invalid_token\"";
        } else {
            challenge = "Bearer realm=\"zonegraph\"";
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        String reason = failure.getMessage();
        if (failure instanceof OAuth2AuthenticationException) {
            reason = "the bearer token is not valid: " + failure.getMessage();
        } else if (failure instanceof InsufficientAuthenticationException) {
            reason = "sign in with an API key (X-Api-Key or Authorization: Bearer) or a JWT";
        }
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", reason);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN",
                "'" + Principals.current() + "' lacks the role this needs");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
            String message) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Object body;
        if (path.equals(graphqlPath) || path.startsWith(graphqlPath + "/")) {
            response.setContentType("application/graphql-response+json");
            body = Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("classification", code))));
        } else {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            body = Map.of("error", Map.of("message", message, "code", code.toLowerCase(Locale.ROOT)));
        }
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }
}
