package dev.zonegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.stats.GraphStats;
import dev.zonegraph.stats.GraphStatsReader;
import dev.zonegraph.support.HostileRequests;
import dev.zonegraph.support.HostileRequests.Hostile;
import dev.zonegraph.support.Http;
import dev.zonegraph.support.LimitedIntegrationTest;
import dev.zonegraph.support.SlowZone;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The hostile requests of the issues, in the document and in variables: each is refused with a BAD_REQUEST error
 * naming its limit and setting (or, in the document, by graphql-java's parser limits) long before the 2 s time limit
 * ends (the bound asserted is generous: unbounded, they took minutes), costs no Cypher statement, and leaves the
 * graph as it was. Expensive requests take turns (one at a time here) while cheap ones go on.
 */
@LimitedIntegrationTest
class HostileRequestTests {

    /** The time limit (2 s) plus a generous margin: enough to tell "bounded" from "minutes". */
    static final long BOUND_MILLIS = 5_000;

    @LocalServerPort
    int port;

    @Autowired
    GraphStatsReader stats;

    @Autowired
    Driver driver;

    Http http;
    GraphStats before;

    @BeforeEach
    void client() {
        http = new Http(port);
        SlowZone.ensure(driver);
        before = stats.read();
    }

    @AfterEach
    void graphIsUnchanged() {
        assertThat(stats.read()).isEqualTo(before);
    }

    static Stream<Hostile> hostile() {
        return HostileRequests.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileRequestIsRefusedNamingItsLimitWithinTheTimeLimit(Hostile request) {
        long started = System.nanoTime();
        var reply = http.graphql(request.document(), request.variables());
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMillis).as(request.name()).isLessThan(BOUND_MILLIS);
        JsonNode error = reply.json().at("/errors/0");
        assertThat(error.isMissingNode()).as(reply.body()).isFalse();
        assertThat(reply.body()).doesNotContain("INTERNAL_ERROR", "Exception", "MATCH ");
        String classification = error.at("/extensions/classification").asString();
        if (classification.equals("InvalidSyntax")) {
            // graphql-java's parser limits (tokens, nesting) stop the document form before it is read whole
            assertThat(request.name()).endsWith("(document)");
            return;
        }
        assertThat(classification).as(reply.body()).isEqualTo("BAD_REQUEST");
        assertThat(error.at("/extensions/limit").asString()).as(reply.body()).isEqualTo(request.limit());
        assertThat(error.at("/extensions/setting").asString()).isEqualTo("zonegraph.api." + request.limit());
        assertThat(error.get("message").asString()).contains("zonegraph.api." + request.limit());
        assertThat(reply.json().at("/extensions/zonegraph/statements").asInt()).isZero();
    }

    @Test
    void firstAboveTheMaximumIsRefusedAsFirstBeforeComplexity() {
        var reply = http.graphql("query Q($n: Int) { zones(first: $n) { edges { node { enterprises { awards { name } "
                + "} } } } }", Map.of("n", 1_000_000));
        var error = reply.json().at("/errors/0");
        assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.at("/extensions/argument").asString()).isEqualTo("first");
        assertThat(error.get("message").asString()).isEqualTo(
                "'first' on Query.zones is 1000000, more than the maximum 100 (zonegraph.api.max-first)");
    }

    @Test
    void listsWithoutFirstCountWhatTheyCanReturn() {
        // 20 zones (the default page), each with up to 100 enterprises (max-first), each with up to 100 awards,
        // each with up to 100 recipients: about 20 million, where counting lists as 20 gave about 320,000.
        var reply = http.graphql("{ zones { edges { node { enterprises { awards { recipients { name } } } } } } }");
        var error = reply.json().at("/errors/0");
        assertThat(error.at("/extensions/limit").asString()).as(reply.body()).isEqualTo("max-complexity");
        assertThat(error.get("message").asString()).contains("estimated at 20202061,");
    }

    @Test
    void deepestFilterWithinTheLimitsIsAnsweredWithinTheTimeLimit() {
        // 9 relationship filters: 15 levels of input objects (max-filter-depth is 16)
        var where = Map.<String, Object>of("w", HostileRequests.relationshipChain(9));
        long started = System.nanoTime();
        var reply = http.graphql("query Q($w: EnterpriseWhere) { enterprises(where: $w) { totalCount } }", where);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMillis).as(reply.body()).isLessThan(2_000 + QueryRunner.GRACE.toMillis() + 1_000);
        assertThat(reply.json().has("errors") ? reply.json().at("/errors/0/extensions/classification").asString()
                : "data").as(reply.body()).isIn("data", "TIMEOUT");
    }

    @Test
    void expensiveRequestsTakeTurnsWhileCheapOnesGoOn() {
        // complexity about 20,000 (expensive from 5,000); runs until its 2 s limit stops it
        String expensive = "{ enterprises(first: 100, where: " + SlowZone.SLOW_FILTER + ") { edges { node { name "
                + "zone { enterprises { name } } } } } }";
        var first = CompletableFuture.supplyAsync(() -> http.graphql(expensive));
        sleep(500);

        // refused while the first still runs (it would have got its turn, and a TIMEOUT, had it waited for it)
        var second = http.graphql(expensive);
        var cheap = http.graphql("{ zone(id: \"zone:xian\") { name } }");
        assertThat(first).isNotDone();

        assertThat(second.json().at("/errors/0/extensions/classification").asString()).as(second.body())
                .isEqualTo("OVERLOADED");
        assertThat(second.json().at("/errors/0/message").asString()).contains("zonegraph.api.max-concurrent-expensive");
        assertThat(cheap.json().at("/data/zone/name").asString()).isEqualTo("西安高新区");
        var firstReply = first.join();
        assertThat(firstReply.json().at("/errors/0/extensions/classification").asString()).as(firstReply.body())
                .isEqualTo("TIMEOUT");

        var afterwards = http.graphql("{ zones(first: 50) { edges { node { enterprises { name } } } } }");
        assertThat(afterwards.json().has("errors")).as(afterwards.body()).isFalse();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
