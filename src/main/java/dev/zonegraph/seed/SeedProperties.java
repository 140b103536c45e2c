package dev.zonegraph.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the seed files are and when they are loaded.
 *
 * @param location {@code classpath:seeds/} (the copy built into the service) or {@code file:some/folder/}
 * @param loadOnStart load the seed at startup when the database holds no article yet
 */
@ConfigurationProperties("zonegraph.seed")
public record SeedProperties(
        @DefaultValue("classpath:seeds/") String location,
        @DefaultValue("true") boolean loadOnStart) {
}
