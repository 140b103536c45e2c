package dev.zonegraph.query;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits every GraphQL request is held to.
 *
 * @param maxDepth deepest selection nesting accepted
 * @param maxComplexity largest complexity accepted (each field costs 1; a list multiplies its selection by its
 *        {@code first}, or by {@code defaultFirst})
 * @param maxFirst largest {@code first} accepted; a larger one is an error, never silently cut
 * @param defaultFirst page size when {@code first} is not given
 * @param requestTimeout time a request may spend in Neo4j; its transactions are cancelled past it
 */
@ConfigurationProperties("zonegraph.api")
public record ApiLimits(
        @DefaultValue("12") int maxDepth,
        @DefaultValue("1000000") int maxComplexity,
        @DefaultValue("100") int maxFirst,
        @DefaultValue("20") int defaultFirst,
        @DefaultValue("10s") Duration requestTimeout) {
}
