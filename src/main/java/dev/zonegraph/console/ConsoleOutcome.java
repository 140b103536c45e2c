package dev.zonegraph.console;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a console statement came to: rows, or the reason it was not run or did not finish. */
sealed interface ConsoleOutcome {

    /** A fresh id for an error, given to the client and logged with the failure. */
    static String newErrorId() {
        return UUID.randomUUID().toString();
    }

    /**
     * The statement ran: its columns and rows (values as JSON-friendly Java objects).
     *
     * @param truncatedBy the setting whose limit cut the rows ({@code zonegraph.console.max-rows} or
     *        {@code zonegraph.console.max-bytes}), or null when every row is here
     */
    record Rows(List<String> columns, List<Map<String, Object>> rows, String truncatedBy, long elapsedMs)
            implements ConsoleOutcome {

        boolean truncated() {
            return truncatedBy != null;
        }
    }

    /** The statement is not read-only or touches something off limits: it was not run. */
    record Refused(String reason) implements ConsoleOutcome {
    }

    /** Neo4j rejected or failed the statement (syntax, unknown function, memory, ...), or a value was too large. */
    record Invalid(String code, String message, String errorId) implements ConsoleOutcome {
    }

    /** The statement ran past the time limit and its transaction was cancelled. */
    record TimedOut(long limitMs) implements ConsoleOutcome {
    }

    /** Neo4j could not be reached, or had not caught up with the client's bookmarks: worth a retry. */
    record Unavailable(String message, String errorId) implements ConsoleOutcome {
    }
}
