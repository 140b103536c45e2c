package dev.zonegraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Credentials;
import dev.zonegraph.support.Http;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With {@code zonegraph.security.reads=authenticated}, reading the graph in any way needs the READER role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zonegraph.embedded.data-dir=target/test-neo4j/${random.uuid}",
        "zonegraph.embedded.bolt-port=0",
        "zonegraph.seed.load-on-start=false",
        "zonegraph.security.reads=authenticated",
        "spring.graphql.cors.allowed-origins=http://frontend.test"})
@TestPropertySource(locations = "classpath:test-credentials.properties")
class ReadsAuthenticatedTests {

    static final String QUERY = "{ zones(first: 1) { totalCount } }";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void queryNeedsAReader() {
        var anonymous = http.graphql(QUERY);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().at("/errors/0/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(http.get("/graphql?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)).status())
                .isEqualTo(401);
        assertThat(http.get("/graphql/schema").status()).isEqualTo(401);
        assertThat(http.withHeaders(Credentials.OPERATOR).graphql(QUERY).status()).isEqualTo(403);
        assertThat(http.withHeaders(Map.of("Authorization", "Bearer aaa.bbb.ccc")).graphql(QUERY).status())
                .as("a JWT where none is configured").isEqualTo(401);

        for (var reader : List.of(Credentials.READER, Credentials.CURATOR)) {
            var reply = http.withHeaders(reader).graphql(QUERY);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.json().at("/data/zones/totalCount").isNumber()).isTrue();
        }
    }

    @Test
    void consoleAndBrowserNeedAReader() {
        String statement = "{\"statement\": \"RETURN 1 AS one\"}";
        assertThat(http.post("/cypher", "application/json", statement).status()).isEqualTo(401);
        assertThat(http.withHeaders(Credentials.READER).post("/cypher", "application/json", statement).status())
                .isEqualTo(200);
        assertThat(http.get("/browser").status()).isEqualTo(401);
        assertThat(http.withHeaders(Credentials.READER).get("/browser").status()).isEqualTo(302);
    }

    @Test
    void corsPreflightNeedsNoSignIn() {
        var preflight = http.send("OPTIONS", "/graphql", Map.of("Origin", "http://frontend.test",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type,x-api-key"));
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://frontend.test");
    }
}
