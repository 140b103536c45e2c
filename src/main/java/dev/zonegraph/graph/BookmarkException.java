package dev.zonegraph.graph;

import java.time.Duration;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * A transaction that could not begin because of the bookmarks it was to wait for: Neo4j refused them (not bookmarks
 * of this graph), or had not reached them in time (the cluster member serving the read lags behind the write).
 */
public final class BookmarkException extends RuntimeException {

    /** The request header that carries bookmarks both ways. */
    public static final String HEADER = "Neo4j-Bookmark";

    private final boolean refused;

    private BookmarkException(String message, boolean refused, Throwable cause) {
        super(message, cause);
        this.refused = refused;
    }

    /** The bookmark problem {@code e} reports, or null when {@code e} is about something else. */
    public static BookmarkException of(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        if (code.startsWith("Neo.ClientError.Transaction.InvalidBookmark")) {
            return new BookmarkException("Neo4j refused the bookmarks of the " + HEADER + " header (" + code
                    + "): send back only the values of the " + HEADER + " header a mutation of this service answered",
                    true, e);
        }
        if (code.equals("Neo.TransientError.Transaction.BookmarkTimeout")) {
            return new BookmarkException("Neo4j had not caught up with the writes this request must see (its "
                    + HEADER + " header) within db.transaction.bookmark_ready_timeout, Neo4j's setting (the embedded"
                    + " database sets it to zonegraph.api.request-timeout): retry, or raise that setting", false, e);
        }
        return null;
    }

    /**
     * A transaction that ran past the request's time limit before its first statement answered, so possibly while
     * Neo4j was still catching up with the request's bookmarks (Neo4j counts that wait in the transaction's timeout).
     */
    public static BookmarkException timedOutWaiting(Duration limit) {
        return new BookmarkException("the request took longer than its limit of " + limit.toMillis() + " ms"
                + " (zonegraph.api.request-timeout) and was cancelled; that time includes waiting until Neo4j had the"
                + " writes of the request's " + HEADER + " header, which a Neo4j server also bounds by its"
                + " db.transaction.bookmark_ready_timeout: retry, or raise those settings", false, null);
    }

    /** Whether Neo4j refused the bookmarks (a client error); false when it only had not reached them in time. */
    public boolean refused() {
        return refused;
    }
}
