package dev.zonegraph.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in with its API key ({@link PresentedCredentials}); leaves JWTs to the resource server behind
 * it. Wrong or unusable credentials are answered 401 on every path, public ones included, so a caller never mistakes a
 * typo in its key for anonymous access.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    private final ApiKeys keys;
    private final boolean jwtConfigured;
    private final SignInErrors errors;

    ApiKeyFilter(ApiKeys keys, boolean jwtConfigured, SignInErrors errors) {
        this.keys = keys;
        this.jwtConfigured = jwtConfigured;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PresentedCredentials credentials = PresentedCredentials.of(request);
        if (credentials instanceof PresentedCredentials.Unusable unusable) {
            refuse(request, response, unusable.reason());
        } else if (credentials instanceof PresentedCredentials.Jwt && !jwtConfigured) {
            refuse(request, response, "this service does not accept JWTs: set "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri or jwk-set-uri, or send an API key");
        } else if (credentials instanceof PresentedCredentials.ApiKey apiKey) {
            var signIn = keys.authenticate(apiKey.key())
                    .filter(auth -> apiKey.expectedName() == null || apiKey.expectedName().equals(auth.getName()));
            if (signIn.isEmpty()) {
                refuse(request, response, "the API key is not valid");
                return;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(signIn.get());
            SecurityContextHolder.setContext(context);
            chain.doFilter(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        SecurityContextHolder.clearContext();
        errors.commence(request, response, new BadCredentialsException(reason));
    }
}
