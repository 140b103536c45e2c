package dev.zonegraph.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Metrics and the request log.
 *
 * @param requestLog whether each GraphQL request is logged on one line ({@code dev.zonegraph.requests} at INFO)
 * @param maxOperationNames distinct operation names used as a meter tag; later ones are counted as {@code OTHER}
 */
@ConfigurationProperties("zonegraph.metrics")
record MetricsProperties(@DefaultValue("true") boolean requestLog, @DefaultValue("200") int maxOperationNames) {
}
