package dev.zonegraph.query;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits every GraphQL request is held to.
 *
 * @param maxDepth deepest selection nesting accepted
 * @param maxComplexity largest complexity accepted (each field costs 1 plus its filter terms; a list multiplies its
 *        selection by its {@code first}, or by what it returns without one: {@code defaultFirst} for a connection,
 *        {@code maxFirst} for a list)
 * @param maxFirst largest {@code first} accepted; a larger one is an error, never silently cut
 * @param defaultFirst page size when {@code first} is not given
 * @param requestTimeout time a request may take from its arrival to its answer (parsing, planning, Neo4j); its
 *        transaction is cancelled past it and the request answers TIMEOUT
 */
@ConfigurationProperties("zonegraph.api")
public record ApiLimits(
        @DefaultValue("12") int maxDepth,
        @DefaultValue("1000000") int maxComplexity,
        @DefaultValue("100") int maxFirst,
        @DefaultValue("20") int defaultFirst,
        @DefaultValue("10s") Duration requestTimeout) {
}
