package dev.zonegraph.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The read-only Cypher console ({@code POST /cypher}).
 *
 * @param timeout how long a statement may run; its transaction is cancelled past it (the service sets the
 *        transaction timeout itself; clients cannot choose their own)
 * @param maxRows rows returned at most; a longer result is cut and flagged {@code truncated}
 * @param maxStatementLength longest statement accepted, in characters
 */
@ConfigurationProperties("zonegraph.console")
public record ConsoleProperties(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("1000") int maxRows,
        @DefaultValue("20000") int maxStatementLength) {
}
