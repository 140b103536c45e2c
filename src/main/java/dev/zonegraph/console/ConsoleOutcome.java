package dev.zonegraph.console;

import java.util.List;
import java.util.Map;

/** What a console statement came to: rows, or the reason it was not run or did not finish. */
sealed interface ConsoleOutcome {

    /** The statement ran: its columns and rows (values as JSON-friendly Java objects). */
    record Rows(List<String> columns, List<Map<String, Object>> rows, boolean truncated, long elapsedMs)
            implements ConsoleOutcome {
    }

    /** The statement is not read-only or touches something off limits: it was not run. */
    record Refused(String reason) implements ConsoleOutcome {
    }

    /** Neo4j rejected the statement (syntax, unknown function, bad parameter): its message. */
    record Invalid(String code, String message) implements ConsoleOutcome {
    }

    /** The statement ran past the time limit and its transaction was cancelled. */
    record TimedOut(long limitMs) implements ConsoleOutcome {
    }
}
