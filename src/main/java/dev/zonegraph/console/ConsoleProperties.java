package dev.zonegraph.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The read-only Cypher console ({@code POST /cypher}).
 *
 * @param timeout how long a statement may run; its transaction is cancelled past it (the service sets the
 *        transaction timeout itself; clients cannot choose their own)
 * @param maxRows rows returned at most; a longer result is cut and flagged {@code truncated}
 * @param maxStatementLength longest statement accepted, in characters
 * @param maxBytes size of the rows answered at most (as JSON); a larger result is cut and flagged {@code truncated}
 * @param maxValueBytes size of any one value at most (as JSON); a larger one fails the statement
 */
@ConfigurationProperties("zonegraph.console")
public record ConsoleProperties(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("1000") int maxRows,
        @DefaultValue("20000") int maxStatementLength,
        @DefaultValue("4MB") DataSize maxBytes,
        @DefaultValue("1MB") DataSize maxValueBytes) {
}
