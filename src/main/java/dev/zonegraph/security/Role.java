package dev.zonegraph.security;

import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

/**
 * What a signed-in caller may do. A CURATOR is also a READER; an OPERATOR (health details, metrics) is neither and
 * implies nothing, so a key for a monitoring system cannot read or write the graph unless it is given those roles.
 */
public enum Role {
    /** Queries, the Cypher console and Neo4j Browser when reads are not public. */
    READER,
    /** Every GraphQL mutation; includes READER. */
    CURATOR,
    /** Health details and the actuator endpoints besides health and info. */
    OPERATOR;

    /** The Spring Security authority of this role ({@code ROLE_CURATOR}). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role a name from configuration or a token stands for: case does not matter, a ROLE_ prefix is allowed. */
    static Optional<Role> parse(String name) {
        String plain = name.strip().toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
        for (Role role : values()) {
            if (role.name().equals(plain)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    static RoleHierarchy hierarchy() {
        return RoleHierarchyImpl.fromHierarchy(CURATOR.authority() + " > " + READER.authority());
    }
}
