package dev.zonegraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Credentials;
import dev.zonegraph.support.Http;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Signing in with API keys and JWTs, mutations held to curators, and the console and Neo4j Browser closed to
 * anonymous callers once HTTP listens beyond loopback, while reads stay public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zonegraph.embedded.data-dir=target/test-neo4j/${random.uuid}",
        "zonegraph.embedded.bolt-port=0",
        "zonegraph.seed.load-on-start=false",
        "server.address=0.0.0.0",
        "management.endpoints.web.exposure.include=health,info,beans",
        "zonegraph.security.jwt.roles-claim=realm_access.roles",
        "zonegraph.security.jwt.principal-claim=preferred_username"})
@TestPropertySource(locations = "classpath:test-credentials.properties")
@Import(ProbeMutation.class)
class SignInTests {

    static final TestTokens tokens = new TestTokens();
    static final String PROBE = "mutation { probe(note: \"hello\") }";

    @DynamicPropertySource
    static void jwtIssuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", tokens::publicKeyLocation);
    }

    @LocalServerPort
    int port;

    @Autowired
    ProbeMutation probe;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static JsonNode onlyError(Http.Reply reply) {
        JsonNode body = reply.json();
        assertThat(body.has("data")).as(reply.body()).isFalse();
        assertThat(body.get("errors").size()).as(reply.body()).isEqualTo(1);
        return body.get("errors").get(0);
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    @Test
    void anonymousQueriesAreAnsweredByDefault() {
        var reply = http.graphql("{ zones(first: 1) { totalCount } }");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().has("errors")).as(reply.body()).isFalse();
        assertThat(reply.json().at("/data/zones/totalCount").isNumber()).isTrue();
    }

    @Test
    void mutationWithoutSignInIsUnauthorizedAndDoesNotRun() {
        int before = probe.runs.get();
        var reply = http.graphql(PROBE);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/graphql-response+json");
        assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(onlyError(reply).at("/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(probe.runs.get()).isEqualTo(before);
    }

    @Test
    void mutationWithAReadersKeyIsForbiddenAndDoesNotRun() {
        int before = probe.runs.get();
        var reply = http.withHeaders(Credentials.READER).graphql(PROBE);

        assertThat(reply.status()).isEqualTo(403);
        JsonNode error = onlyError(reply);
        assertThat(error.at("/extensions/classification").asString()).isEqualTo("FORBIDDEN");
        assertThat(error.get("message").asString()).contains("test-reader", "CURATOR");
        assertThat(probe.runs.get()).isEqualTo(before);
    }

    @Test
    void mutationRefusalIsA200ForLegacyJsonClientsAsTheSpecSays() {
        var reply = http.withHeaders(Map.of("Accept", "application/json")).post("/graphql", "application/json",
                "{\"query\": \"" + PROBE.replace("\"", "\\\"") + "\"}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(onlyError(reply).at("/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void curatorsKeyRunsTheMutationInEitherHeaderAndIsRecordedByName() {
        String key = Credentials.CURATOR.get("X-Api-Key");
        for (var header : List.of(Credentials.CURATOR, bearer(key))) {
            var reply = http.withHeaders(header).graphql(PROBE);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.json().at("/data/probe").asString()).isEqualTo("test-curator: hello");
        }
    }

    @Test
    void wrongOrAmbiguousKeyIs401EvenWhereReadsArePublic() {
        for (var header : List.of(Credentials.apiKey("zg_not-a-key"), bearer("zg_not-a-key"),
                Map.of("X-Api-Key", Credentials.READER.get("X-Api-Key"), "Authorization", "Bearer zg_other"))) {
            var reply = http.withHeaders(header).graphql("{ zones(first: 1) { totalCount } }");
            assertThat(reply.status()).as(header.toString()).isEqualTo(401);
            assertThat(onlyError(reply).at("/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
        }
    }

    @Test
    void jwtSignsInWithTheRolesOfItsClaim() {
        String curator = tokens.token(Instant.now(), Map.of("sub", "u-1", "preferred_username", "mei",
                "realm_access", Map.of("roles", List.of("curator", "offline_access"))));
        var reply = http.withHeaders(bearer(curator)).graphql(PROBE);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().at("/data/probe").asString()).isEqualTo("mei: hello");

        String reader = tokens.token(Instant.now(), Map.of("sub", "u-2", "preferred_username", "li",
                "realm_access", Map.of("roles", List.of("reader"))));
        var refused = http.withHeaders(bearer(reader)).graphql(PROBE);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(onlyError(refused).get("message").asString()).contains("'li'");
    }

    @Test
    void expiredOrForeignJwtIs401() {
        var claims = Map.<String, Object>of("sub", "u-1", "realm_access", Map.of("roles", List.of("CURATOR")));
        String expired = tokens.token(Instant.now().minusSeconds(3 * 3600), claims);
        for (String token : List.of(expired, tokens.foreignToken(claims), "aaa.bbb.ccc")) {
            var reply = http.withHeaders(bearer(token)).graphql("{ zones(first: 1) { totalCount } }");
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
        }
    }

    @Test
    void consoleAndBrowserNeedAReaderOnceHttpListensBeyondLoopback() {
        String statement = "{\"statement\": \"RETURN 1 AS one\"}";
        var anonymous = http.post("/cypher", "application/json", statement);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().at("/error/code").asString()).isEqualTo("unauthorized");
        assertThat(http.withHeaders(Credentials.OPERATOR).post("/cypher", "application/json", statement).status())
                .isEqualTo(403);
        var reader = http.withHeaders(Credentials.READER).post("/cypher", "application/json", statement);
        assertThat(reader.status()).as(reader.body()).isEqualTo(200);
        assertThat(reader.json().at("/rows/0/one").asInt()).isEqualTo(1);

        var page = http.get("/browser/");
        assertThat(page.status()).isEqualTo(401);
        assertThat(page.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        String basic = Base64.getEncoder().encodeToString(("test-reader:" + Credentials.READER.get("X-Api-Key"))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(http.withHeaders(Map.of("Authorization", "Basic " + basic)).get("/browser/").status()).isEqualTo(200);
        String wrongName = Base64.getEncoder().encodeToString(("test-curator:" + Credentials.READER.get("X-Api-Key"))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(http.withHeaders(Map.of("Authorization", "Basic " + wrongName)).get("/browser/").status())
                .isEqualTo(401);
    }

    @Test
    void healthDetailsOnlyForOperatorsAndNeverAPath() {
        for (var caller : List.of(Map.<String, String>of(), Credentials.READER, Credentials.CURATOR)) {
            var reply = http.withHeaders(caller).get("/actuator/health");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("status").asString()).isEqualTo("UP");
            assertThat(reply.body()).as("what anyone sees").doesNotContain("components", "neo4j", "5.26");
        }
        var operator = http.withHeaders(Credentials.OPERATOR).get("/actuator/health");
        assertThat(operator.json().at("/components/neo4j/details/server").asString()).startsWith("5.26");
        assertThat(operator.body()).doesNotContain("test-neo4j", "\"path\"", System.getProperty("user.dir"));
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void actuatorEndpointsBesidesHealthAndInfoNeedAnOperator() {
        assertThat(http.get("/actuator/info").status()).isEqualTo(200);
        assertThat(http.get("/actuator/beans").status()).isEqualTo(401);
        assertThat(http.withHeaders(Credentials.CURATOR).get("/actuator/beans").status()).isEqualTo(403);
        assertThat(http.withHeaders(Credentials.OPERATOR).get("/actuator/beans").status()).isEqualTo(200);
    }
}
