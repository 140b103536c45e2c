package dev.zonegraph.graph;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded Neo4j that runs when no external URI is set.
 *
 * @param dataDir folder holding the database files (relative paths resolve against the working directory)
 * @param boltAddress interface the Bolt connector listens on
 * @param boltPort Bolt port; 0 picks a free one
 * @param authEnabled whether Bolt clients must log in (with zonegraph.neo4j.username/password, or a password generated
 *     at the first start and kept in the data folder when none is set); unset: only when {@code boltAddress} is
 *     not loopback, where {@code false} refuses to start
 */
@ConfigurationProperties("zonegraph.embedded")
public record EmbeddedProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("127.0.0.1") String boltAddress,
        @DefaultValue("7687") int boltPort,
        Boolean authEnabled) {
}
