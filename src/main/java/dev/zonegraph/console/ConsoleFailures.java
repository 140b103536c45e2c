package dev.zonegraph.console;

import dev.zonegraph.graph.BookmarkException;
import dev.zonegraph.graph.Graph;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failure from Neo4j means to the console's client: a timeout, a refusal, Neo4j unreachable or behind the
 * client's bookmarks, or (for every
 * other error, client or database or transient alike) the statement's own failure with Neo4j's code and message.
 * Each one the client is not told the whole of is logged with the error id the client gets.
 */
final class ConsoleFailures {

    private static final Logger log = LoggerFactory.getLogger(ConsoleFailures.class);

    private ConsoleFailures() {
    }

    static ConsoleOutcome outcome(Neo4jException e, ConsoleProperties properties) {
        if (Graph.isTimeout(e)) {
            return new ConsoleOutcome.TimedOut(properties.timeout().toMillis());
        }
        var bookmarks = BookmarkException.of(e);
        if (bookmarks != null) {
            return bookmarks.refused()
                    ? new ConsoleOutcome.Invalid("zonegraph.BookmarkRefused", bookmarks.getMessage(), null)
                    : new ConsoleOutcome.Unavailable(bookmarks.getMessage(), null);
        }
        String id = ConsoleOutcome.newErrorId();
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            log.warn("console statement failed, error id {}: Neo4j is unavailable", id, e);
            return new ConsoleOutcome.Unavailable("Neo4j cannot be reached", id);
        }
        String code = e.code() == null ? "Neo.Unknown" : e.code();
        String message = e.getMessage() == null ? code : e.getMessage();
        if (message.contains("administration command")) {
            return new ConsoleOutcome.Refused("administration commands are not allowed in the console");
        }
        if (code.contains("Forbidden")) {
            return new ConsoleOutcome.Refused("Neo4j refused it in a read transaction: " + message);
        }
        log.info("console statement failed, error id {}: {} {}", id, code, message);
        return new ConsoleOutcome.Invalid(code, message, id);
    }
}
