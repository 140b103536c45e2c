package dev.zonegraph.graph;

import io.micrometer.context.ThreadLocalAccessor;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.driver.Bookmark;

/**
 * The causal chain of one HTTP request, for read-your-writes across replicas: the bookmarks the client sent back
 * (every transaction {@link Graph} opens while serving the request waits until Neo4j has reached them) and the
 * bookmarks of the request's own write transactions (returned to the client). Bound to the request's thread by
 * {@link #open}; Spring for GraphQL carries it to data fetchers on other threads, as it does the security context
 * ({@link Accessor}).
 */
public final class RequestBookmarks implements AutoCloseable {

    private static final ThreadLocal<RequestBookmarks> CURRENT = new ThreadLocal<>();

    private final Set<Bookmark> after;
    private final Set<Bookmark> written = ConcurrentHashMap.newKeySet();

    private RequestBookmarks(Set<Bookmark> after) {
        this.after = Set.copyOf(after);
    }

    /** Binds a request's chain to this thread until {@link #close()}; {@code after} may be empty. */
    public static RequestBookmarks open(Set<Bookmark> after) {
        var bookmarks = new RequestBookmarks(after);
        CURRENT.set(bookmarks);
        return bookmarks;
    }

    /** The chain of the request this thread serves, or null outside requests (startup, imports, exports). */
    public static RequestBookmarks current() {
        return CURRENT.get();
    }

    /** The bookmarks the client sent: what this request's transactions must see. */
    public Set<Bookmark> after() {
        return after;
    }

    /** The bookmarks of the request's committed writes, empty when it wrote nothing. */
    public Set<Bookmark> written() {
        return Set.copyOf(written);
    }

    void wrote(Set<Bookmark> bookmarks) {
        written.addAll(bookmarks);
    }

    @Override
    public void close() {
        CURRENT.remove();
    }

    /** Lets Spring for GraphQL (Micrometer context propagation) restore the chain around data fetchers. */
    public static final class Accessor implements ThreadLocalAccessor<RequestBookmarks> {

        @Override
        public Object key() {
            return RequestBookmarks.class.getName();
        }

        @Override
        public RequestBookmarks getValue() {
            return CURRENT.get();
        }

        @Override
        public void setValue(RequestBookmarks value) {
            CURRENT.set(value);
        }

        @Override
        public void setValue() {
            CURRENT.remove();
        }
    }
}
