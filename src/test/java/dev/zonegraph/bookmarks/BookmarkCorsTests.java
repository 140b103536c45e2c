package dev.zonegraph.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Http;
import dev.zonegraph.support.LimitedIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser frontend on an allowed origin may send a Neo4j-Bookmark header and read the one a mutation answers. */
@LimitedIntegrationTest
class BookmarkCorsTests {

    @LocalServerPort
    int port;

    @Test
    void allowedOriginMaySendAndReadTheBookmarkHeader() {
        var http = new Http(port);
        var preflight = http.send("OPTIONS", "/graphql", Map.of("Origin", "http://frontend.test",
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type,neo4j-bookmark"));
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("neo4j-bookmark");

        var answer = http.withHeaders(Map.of("Origin", "http://frontend.test")).graphql("{ __typename }");
        assertThat(answer.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
                .containsIgnoringCase("Neo4j-Bookmark");
    }
}
