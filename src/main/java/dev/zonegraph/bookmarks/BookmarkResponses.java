package dev.zonegraph.bookmarks;

import dev.zonegraph.graph.BookmarkException;
import dev.zonegraph.graph.RequestBookmarks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Bookmark;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Hands a request's write bookmarks to the client: in the {@code Neo4j-Bookmark} response header (what a client
 * sends back, unchanged, on its next request to any replica) and in {@code extensions.bookmarks} (for clients that
 * only see the body, as GraphiQL). Answers that wrote nothing carry neither.
 */
final class BookmarkResponses implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        // Taken on the request's thread; the response may be completed on another.
        var bookmarks = RequestBookmarks.current();
        return chain.next(request).map(response -> {
            Set<Bookmark> written = bookmarks == null ? Set.of() : bookmarks.written();
            if (written.isEmpty()) {
                return response;
            }
            var values = written.stream().map(Bookmark::value).sorted().toList();
            response.getResponseHeaders().set(BookmarkException.HEADER, String.join(",", values));
            return response.transform(builder -> {
                var extensions = new LinkedHashMap<Object, Object>(response.getExecutionResult().getExtensions() == null
                        ? Map.of() : response.getExecutionResult().getExtensions());
                extensions.put("bookmarks", values);
                builder.extensions(extensions);
            });
        });
    }
}
