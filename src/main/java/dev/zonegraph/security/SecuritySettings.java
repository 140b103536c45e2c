package dev.zonegraph.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may do what ({@code zonegraph.security.*}).
 *
 * @param reads {@code public}: anyone may query; {@code authenticated}: queries, the console and Neo4j Browser need
 *     the READER role (a curator has it too)
 * @param apiKeys the API keys that sign in, each stored as the SHA-256 of the key (make one with
 *     {@code --new-api-key})
 * @param jwt how a JWT's claims become a name and roles (the token itself is checked by Spring Security from
 *     {@code spring.security.oauth2.resourceserver.jwt.*})
 * @param contentSecurityPolicy the Content-Security-Policy of every page but Neo4j Browser's (GraphiQL, the
 *     explorer, JSON answers)
 */
@ConfigurationProperties("zonegraph.security")
public record SecuritySettings(
        @DefaultValue("public") Reads reads,
        @DefaultValue List<ApiKey> apiKeys,
        @DefaultValue Jwt jwt,
        @DefaultValue(DEFAULT_POLICY) String contentSecurityPolicy) {

    /** Fits the bundled GraphiQL and a Vite-built React app: everything from this origin, inline styles, workers. */
    static final String DEFAULT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Whether reading the graph needs a sign-in. */
    public enum Reads {
        PUBLIC, AUTHENTICATED
    }

    /**
     * One API key.
     *
     * @param name who signs in with it (recorded in history)
     * @param hash lowercase hex SHA-256 of the key
     * @param roles what it may do
     */
    public record ApiKey(String name, String hash, Set<Role> roles) {
    }

    /**
     * Reading a JWT's claims.
     *
     * @param rolesClaim claim holding the roles, a list or a space-separated string; a dotted path reaches into
     *     objects ({@code realm_access.roles})
     * @param principalClaim claim naming who signs in
     */
    public record Jwt(@DefaultValue("roles") String rolesClaim, @DefaultValue("sub") String principalClaim) {
    }
}
