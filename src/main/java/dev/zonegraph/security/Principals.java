package dev.zonegraph.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making the current request, for recording "who" in history. */
public final class Principals {

    /** The name recorded for requests without a sign-in. */
    public static final String ANONYMOUS = "anonymous";

    private Principals() {
    }

    /**
     * The signed-in caller's name: an API key's configured {@code name}, or a JWT's principal claim
     * ({@code zonegraph.security.jwt.principal-claim}, {@code sub} by default); {@value #ANONYMOUS} without a
     * sign-in. Works inside GraphQL data fetchers and controllers (Spring for GraphQL carries the security context
     * to them).
     */
    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }
}
