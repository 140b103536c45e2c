package dev.zonegraph.bookmarks;

import dev.zonegraph.graph.BookmarkException;
import dev.zonegraph.graph.RequestBookmarks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.neo4j.driver.Bookmark;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bookmarks a client sends back in {@code Neo4j-Bookmark} headers (comma-separated, as a mutation answered
 * them) and binds them to the request ({@link RequestBookmarks}), so that its reads wait for those writes. A value
 * that cannot be a bookmark is answered 400 before anything runs, in the error shape of the endpoint (GraphQL or the
 * console); Neo4j judges the rest when the request's first transaction begins.
 */
final class BookmarkHeaderFilter extends OncePerRequestFilter {

    /** More than one bookmark per database of a cluster is never needed; this bounds the work a header can ask. */
    static final int MAX_BOOKMARKS = 16;
    // Neo4j's bookmarks are opaque, but printable: a prefix and base64 (about 30 characters for one database).
    private static final Pattern BOOKMARK = Pattern.compile("[A-Za-z0-9+/=:_-]{1,256}");
    private static final JsonMapper json = JsonMapper.builder().build();

    private final String consolePath;

    BookmarkHeaderFilter(String consolePath) {
        this.consolePath = consolePath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Set<Bookmark> after;
        try {
            after = parse(Collections.list(request.getHeaders(BookmarkException.HEADER)));
        } catch (IllegalArgumentException e) {
            refuse(request, response, e.getMessage());
            return;
        }
        try (var bound = RequestBookmarks.open(after)) {
            chain.doFilter(request, response);
        }
    }

    /** The bookmarks of the request's headers, each of which may list several. */
    static Set<Bookmark> parse(Iterable<String> headers) {
        var bookmarks = new LinkedHashSet<Bookmark>();
        for (String header : headers) {
            for (String value : header.split(",")) {
                String bookmark = value.strip();
                if (bookmark.isEmpty()) {
                    continue;
                }
                if (!BOOKMARK.matcher(bookmark).matches()) {
                    throw new IllegalArgumentException("the " + BookmarkException.HEADER + " header holds a value that"
                            + " is not a bookmark: send back only the values of the " + BookmarkException.HEADER
                            + " header a mutation of this service answered");
                }
                bookmarks.add(Bookmark.from(bookmark));
            }
        }
        if (bookmarks.size() > MAX_BOOKMARKS) {
            throw new IllegalArgumentException("the " + BookmarkException.HEADER + " header holds more than "
                    + MAX_BOOKMARKS + " bookmarks: send the latest mutation's only");
        }
        return bookmarks;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        Object body = request.getRequestURI().startsWith(consolePath)
                ? Map.of("error", Map.of("code", "zonegraph.BookmarkRefused", "message", message))
                : Map.of("errors", List.of(Map.of("message", message, "extensions",
                        Map.of("classification", "BAD_REQUEST", "header", BookmarkException.HEADER))));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }
}
