package dev.zonegraph.graph;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service reaches Neo4j. An empty {@code uri} means: start Neo4j embedded and connect to its Bolt port.
 *
 * @param uri bolt://, neo4j:// (routing, for a cluster) or neo4j+s:// (Aura); empty for embedded
 * @param username user the driver authenticates as
 * @param password password for that user (embedded: set as the neo4j user's password when auth is on)
 * @param database database name
 * @param connectionTimeout how long the driver tries to reach the server at startup before giving up
 */
@ConfigurationProperties("zonegraph.neo4j")
public record Neo4jProperties(
        @DefaultValue("") String uri,
        @DefaultValue("neo4j") String username,
        @DefaultValue("") String password,
        @DefaultValue("neo4j") String database,
        @DefaultValue("10s") Duration connectionTimeout) {

    public boolean external() {
        return !uri.isBlank();
    }
}
