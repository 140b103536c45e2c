package dev.zonegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Http;
import dev.zonegraph.support.LimitedIntegrationTest;
import dev.zonegraph.support.SlowZone;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every limit refuses with a classified error naming the argument; the HTTP conventions clients rely on hold. */
@LimitedIntegrationTest
class LimitsAndProtocolTests {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    JsonNode firstError(Http.Reply reply) {
        var errors = reply.json().get("errors");
        assertThat(errors).as(reply.body()).isNotNull();
        assertThat(reply.body()).doesNotContain("Exception", "java.", "dev.zonegraph", "MATCH ", "\tat ");
        return errors.get(0);
    }

    @Test
    void firstAboveTheMaximumIsAnErrorNotACut() {
        var error = firstError(http.graphql("{ zones(first: 500) { edges { node { id } } } }"));
        assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.at("/extensions/argument").asString()).isEqualTo("first");
        assertThat(error.get("message").asString()).isEqualTo("'first' on Query.zones is 500, more than the maximum 100 (zonegraph.api.max-first)");

        var nested = firstError(http.graphql("{ zone(id: \"zone:xian\") { enterprises(first: 101) { id } } }"));
        assertThat(nested.get("message").asString()).contains("Zone.enterprises", "101");
        assertThat(firstError(http.graphql("{ zones(first: -1) { totalCount } }")).at("/extensions/argument").asString())
                .isEqualTo("first");
    }

    @Test
    void foreignCursorIsRefused() {
        var error = firstError(http.graphql("{ zones(after: \"not-a-cursor\") { totalCount } }"));
        assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.at("/extensions/argument").asString()).isEqualTo("after");
        // base64url of `null`, and of a key whose value no node can hold (a number beyond a long)
        for (String cursor : List.of("bnVsbA", "WyJpZCIsMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwXQ")) {
            var refused = firstError(http.graphql("{ zones(after: \"" + cursor + "\") { totalCount } }"));
            assertThat(refused.at("/extensions/classification").asString()).as(cursor).isEqualTo("BAD_REQUEST");
            assertThat(refused.at("/extensions/argument").asString()).isEqualTo("after");
        }
        var otherOrder = http.graphql("{ zones(first: 1) { pageInfo { endCursor } } }").json()
                .at("/data/zones/pageInfo/endCursor").asString();
        var wrongOrder = firstError(http.graphql("{ zones(after: \"" + otherOrder + "\", orderBy: [{ name: ASC }]) "
                + "{ totalCount } }"));
        assertThat(wrongOrder.get("message").asString()).contains("another order");
    }

    @Test
    void aliasInTheReservedNamespaceIsRefused() {
        var error = firstError(http.graphql("{ node(id: \"zone:xian\") { __labels: id } }"));
        assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.get("message").asString()).contains("'__labels'");
    }

    @Test
    void tooDeepDocumentIsRefusedBeforeItRuns() {
        var reply = http.graphql("""
                { zones { edges { node { enterprises { zone { enterprises { zone { enterprises { zone {
                    name } } } } } } } } } }""");
        var error = firstError(reply);
        assertThat(error.get("message").asString()).contains("maximum query depth exceeded");
        assertThat(reply.json().at("/extensions/zonegraph/statements").asInt()).isZero();
    }

    @Test
    void schemaIntrospectionAsGraphiqlSendsItIsNotHeldToTheDepthLimit() {
        var reply = http.graphql(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY);
        assertThat(reply.json().has("errors")).as(reply.body()).isFalse();
        assertThat(reply.json().at("/data/__schema/queryType/name").asString()).isEqualTo("Query");
        assertThat(reply.json().at("/data/__schema/types").size()).isGreaterThan(100);

        var mixed = http.graphql("{ __schema { queryType { name } } zones { edges { node { enterprises { zone {"
                + " enterprises { zone { enterprises { zone { name } } } } } } } } } }");
        assertThat(firstError(mixed).get("message").asString()).contains("maximum query depth exceeded");
    }

    @Test
    void tooComplexDocumentIsRefusedBeforeItRuns() {
        var reply = http.graphql("""
                { zones(first: 100) { edges { node { enterprises(first: 100) { awards(first: 100) {
                    recipients(first: 100) { name } } } } } } }""");
        var error = firstError(reply);
        assertThat(error.get("message").asString()).contains("maximum query complexity exceeded");
        assertThat(reply.json().at("/extensions/zonegraph/statements").asInt()).isZero();
    }

    @Test
    void slowRequestIsCancelledAtItsTimeLimit() {
        SlowZone.ensure(driver);
        long started = System.nanoTime();
        var reply = http.graphql("{ enterprises(where: " + SlowZone.SLOW_FILTER + ") { totalCount } }");
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        var error = firstError(reply);
        assertThat(error.at("/extensions/classification").asString()).isEqualTo("TIMEOUT");
        assertThat(error.get("message").asString()).isEqualTo("the request took longer than its limit of 2000 ms and was cancelled");
        assertThat(elapsedMillis).isLessThan(4000);
        var running = driver.executableQuery("""
                SHOW TRANSACTIONS YIELD currentQuery, status
                WHERE currentQuery CONTAINS 'STARTS WITH' AND NOT currentQuery STARTS WITH 'SHOW'
                RETURN count(*) AS running""").execute().records().get(0).get("running").asInt();
        assertThat(running).as("the Neo4j transaction was cancelled, not left running").isZero();
    }

    @Test
    void documentThatFailsValidationGets400() {
        var reply = http.graphql("{ zones { edges { node { noSuchField } } } }");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/graphql-response+json");
        assertThat(firstError(reply).at("/extensions/classification").asString()).isEqualTo("ValidationError");
    }

    @Test
    void queriesWorkOverGetButMutationsDoNot() {
        var reply = http.get("/graphql?query=" + URLEncoder.encode("query Count($n: Int) { zones(first: $n) { totalCount } }",
                StandardCharsets.UTF_8) + "&variables=" + URLEncoder.encode("{\"n\": 1}", StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().at("/data/zones/totalCount").asInt()).isPositive();

        var mutation = http.get("/graphql?query=" + URLEncoder.encode("mutation { x }", StandardCharsets.UTF_8));
        assertThat(mutation.status()).isEqualTo(405);
        assertThat(http.get("/graphql").status()).isEqualTo(400);
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() {
        var allowed = http.send("OPTIONS", "/graphql", Map.of("Origin", "http://frontend.test",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type"));
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://frontend.test");

        var refused = http.send("OPTIONS", "/graphql", Map.of("Origin", "http://elsewhere.test",
                "Access-Control-Request-Method", "POST"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
