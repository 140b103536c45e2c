package dev.zonegraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.stats.GraphStats;
import dev.zonegraph.stats.GraphStatsReader;
import dev.zonegraph.support.Credentials;
import dev.zonegraph.support.CurationIntegrationTest;
import dev.zonegraph.support.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * While the service is not ready (starting, loading the seed, or told to refuse traffic) a mutation is refused as
 * UNAVAILABLE and writes nothing; reads are served; once ready, the same mutation runs.
 */
@CurationIntegrationTest
class WritesWaitForReadinessTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    GraphStatsReader stats;

    @AfterEach
    void ready() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void aMutationWaitsUntilTheServiceIsReady() {
        var http = new Http(port).withHeaders(Credentials.CURATOR);
        var article = Map.<String, Object>of("id", "article:test-readiness", "title", "西安高新区就绪测试",
                "text", "西安高新区新落户一家企业。", "authors", List.of(), "reason", "readiness test");
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        GraphStats before = stats.read();

        var refused = http.graphql(Curator.ADD_ARTICLE, Map.of("input", article)).json();
        var read = http.graphql("{ zone(id: \"zone:xian\") { name } }").json();

        assertThat(refused.get("errors").get(0).get("extensions").get("classification").asString())
                .isEqualTo("UNAVAILABLE");
        assertThat(refused.get("errors").get(0).get("message").asString()).contains("/actuator/health/readiness");
        assertThat(refused.get("data") == null || refused.get("data").isNull()).as(refused.toString()).isTrue();
        assertThat(stats.read()).isEqualTo(before);
        assertThat(read.get("data").get("zone").get("name").asString()).isEqualTo("西安高新区");

        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        var accepted = http.graphql(Curator.ADD_ARTICLE, Map.of("input", article)).json();

        assertThat(accepted.get("data").get("addArticle").get("articleId").asString())
                .isEqualTo("article:test-readiness");
    }
}
