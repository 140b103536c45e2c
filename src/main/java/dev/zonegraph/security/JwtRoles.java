package dev.zonegraph.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified JWT into a sign-in: the name from the principal claim, the roles from the roles claim (a list or
 * a space-separated string, at a dotted path such as {@code realm_access.roles}). Values that name no {@link Role}
 * are ignored, so an identity provider's other roles do no harm.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecuritySettings.Jwt settings;

    JwtRoles(SecuritySettings.Jwt settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var authorities = values(claim(jwt.getClaims(), settings.rolesClaim())).stream()
                .map(Role::parse).flatMap(java.util.Optional::stream).distinct()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        Object name = claim(jwt.getClaims(), settings.principalClaim());
        return new JwtAuthenticationToken(jwt, authorities, name == null ? jwt.getSubject() : name.toString());
    }

    private static Object claim(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        if (claim instanceof String text) {
            return Arrays.stream(text.split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
        }
        return List.of();
    }
}
