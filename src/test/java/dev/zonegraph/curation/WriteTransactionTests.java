package dev.zonegraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.stats.GraphStats;
import dev.zonegraph.stats.GraphStatsReader;
import dev.zonegraph.support.Credentials;
import dev.zonegraph.support.CurationIntegrationTest;
import dev.zonegraph.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each mutation is one write transaction: concurrent statements of one entity give one node, a timeout leaves nothing. */
@CurationIntegrationTest
class WriteTransactionTests {

    @LocalServerPort
    int port;

    @Autowired
    GraphStatsReader stats;

    @Autowired
    Driver driver;

    Http http;
    Curator curator;

    @BeforeEach
    void articleIsThere() {
        http = new Http(port).withHeaders(Credentials.CURATOR);
        curator = new Curator(http);
        curator.addArticle(Curator.article());
    }

    @Test
    void concurrentAssertsOfTheSameEntityGiveOneNode() throws Exception {
        var facts = Map.<String, Object>of("article", Curator.ARTICLE_ID, "entities", List.of(Map.of(
                "id", "ent:qinchu-battery-concurrent", "label", "Enterprise", "name", "秦储电池",
                "evidence", Map.of("quote", "秦储电池由西安高新区管委会引进。"))));
        var pool = Executors.newFixedThreadPool(4);
        try {
            var calls = new ArrayList<Callable<Boolean>>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> curator.assertFacts(facts).get("userErrors").isEmpty());
            }
            for (var outcome : pool.invokeAll(calls)) {
                assertThat(outcome.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        try (var session = driver.session()) {
            long nodes = session.run("MATCH (n:Enterprise {id: 'ent:qinchu-battery-concurrent'}) RETURN count(n) AS n")
                    .single().get("n").asLong();
            long mentions = session.run("""
                    MATCH (:Enterprise {id: 'ent:qinchu-battery-concurrent'})-[m:MENTIONED_IN]->() RETURN count(m) AS n""")
                    .single().get("n").asLong();
            assertThat(nodes).isEqualTo(1);
            assertThat(mentions).isEqualTo(1);
        }
    }

    @Test
    void aMutationCancelledByItsTimeoutLeavesNothingHalfWritten() {
        var facts = Map.<String, Object>of("article", Curator.ARTICLE_ID, "entities", List.of(
                Map.of("id", "ent:qinchu-battery-timeout", "label", "Enterprise", "name", "秦储电池",
                        "evidence", Map.of("quote", "秦储电池由西安高新区管委会引进。")),
                Map.of("id", "zone:xian", "label", "Zone", "name", "西安高新区",
                        "evidence", Map.of("quote", "西安高新区"))));
        GraphStats before = stats.read();
        try (var session = driver.session(); var lock = session.beginTransaction()) {
            // Holds the write lock on zone:xian: the mutation writes its new enterprise first, then waits for it.
            lock.run("MATCH (z:Zone {id: 'zone:xian'}) SET z.heldByTest = true").consume();
            var reply = http.graphql(Curator.ASSERT_FACTS, Map.of("input", facts));

            assertThat(reply.json().get("errors").get(0).get("extensions").get("classification").asString())
                    .as(reply.body()).isEqualTo("TIMEOUT");
            lock.rollback();
        }
        assertThat(stats.read()).isEqualTo(before);
        assertThat(http.graphql("{ enterprise(id: \"ent:qinchu-battery-timeout\") { id } }").json().get("data")
                .get("enterprise").isNull()).isTrue();
    }
}
