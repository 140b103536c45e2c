package dev.zonegraph.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What a request sends to sign in. {@code X-Api-Key: KEY} is an API key. {@code Authorization: Bearer TOKEN} is a
 * JWT when TOKEN has exactly two dots (header.payload.signature), and an API key otherwise (keys made by
 * {@code --new-api-key} have none). Under {@code /browser} only, {@code Authorization: Basic} carries a key's name
 * and the key as user and password, so a web browser can sign in to Neo4j Browser's page with its own prompt.
 */
sealed interface PresentedCredentials {

    String API_KEY_HEADER = "X-Api-Key";

    /** No credentials: the request is anonymous. */
    record None() implements PresentedCredentials {
    }

    /** An API key, with the name it must belong to when it came as Basic user and password. */
    record ApiKey(String key, String expectedName) implements PresentedCredentials {
    }

    /** A JWT, left to Spring Security's resource server. */
    record Jwt(String token) implements PresentedCredentials {
    }

    /** Credentials that cannot be used, with the reason told to the caller. */
    record Unusable(String reason) implements PresentedCredentials {
    }

    static PresentedCredentials of(HttpServletRequest request) {
        String apiKey = request.getHeader(API_KEY_HEADER);
        String authorization = request.getHeader("Authorization");
        String bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : null;
        String basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && isBrowserPage(request) ? authorization.substring(6).strip() : null;
        if (apiKey != null && (bearer != null || basic != null)) {
            return new Unusable("send one credential: X-Api-Key or Authorization, not both");
        }
        if (apiKey != null) {
            return apiKey.isBlank() ? new Unusable("the X-Api-Key header is empty") : new ApiKey(apiKey.strip(), null);
        }
        if (bearer != null) {
            if (bearer.isEmpty()) {
                return new Unusable("the bearer token is empty");
            }
            return looksLikeJwt(bearer) ? new Jwt(bearer) : new ApiKey(bearer, null);
        }
        return basic == null ? new None() : fromBasic(basic);
    }

    static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }

    static boolean isBrowserPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/browser") || path.startsWith("/browser/");
    }

    private static PresentedCredentials fromBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Unusable("the Basic credentials are not base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || colon == decoded.length() - 1) {
            return new Unusable("sign in with the key's name as user and the API key as password");
        }
        return new ApiKey(decoded.substring(colon + 1), decoded.substring(0, colon));
    }
}
