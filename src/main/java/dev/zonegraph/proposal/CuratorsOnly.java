package dev.zonegraph.proposal;

import dev.zonegraph.security.Role;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The check a query for curators makes (mutations have theirs, for every field, in the security feature): without a
 * sign-in {@code UNAUTHORIZED}, with one but not the CURATOR role {@code FORBIDDEN}.
 */
final class CuratorsOnly {

    /** A refusal, with its classification. */
    static final class Denied extends RuntimeException {

        private final ErrorType type;

        Denied(ErrorType type, String message) {
            super(message);
            this.type = type;
        }

        ErrorType type() {
            return type;
        }
    }

    private CuratorsOnly() {
    }

    static void check() {
        var caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            throw new Denied(ErrorType.UNAUTHORIZED, "proposals are curators' work: sign in with the CURATOR role "
                    + "(an API key in X-Api-Key or Authorization: Bearer, or a JWT)");
        }
        if (caller.getAuthorities().stream().noneMatch(a -> Role.CURATOR.authority().equals(a.getAuthority()))) {
            throw new Denied(ErrorType.FORBIDDEN, "'" + caller.getName() + "' may not list proposals: the CURATOR role"
                    + " is needed");
        }
    }
}
