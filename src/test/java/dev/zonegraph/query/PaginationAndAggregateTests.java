package dev.zonegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Http;
import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Cursor pagination walks every node exactly once; aggregates match sums worked out from the articles. */
@ZonegraphIntegrationTest
class PaginationAndAggregateTests {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    JsonNode data(String document, Map<String, Object> variables) {
        var reply = http.graphql(document, variables);
        assertThat(reply.json().has("errors")).as(reply.body()).isFalse();
        return reply.json().get("data");
    }

    @Test
    void walkingAllPagesReturnsTotalCountNodesOnce() {
        List<String> seen = new ArrayList<>();
        String after = null;
        int total = -1;
        int pages = 0;
        while (true) {
            var variables = new java.util.HashMap<String, Object>();
            variables.put("after", after);
            var page = data("""
                    query ($after: String) {
                      indicators(first: 7, after: $after, orderBy: [{ metric: ASC }]) {
                        totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }""",
                    variables).get("indicators");
            total = page.get("totalCount").asInt();
            page.get("edges").forEach(e -> seen.add(e.at("/node/id").asString()));
            assertThat(page.at("/pageInfo/hasPreviousPage").asBoolean()).isEqualTo(pages > 0);
            pages++;
            if (!page.at("/pageInfo/hasNextPage").asBoolean()) {
                break;
            }
            after = page.at("/pageInfo/endCursor").asString();
        }
        assertThat(total).isGreaterThan(50);
        assertThat(pages).isEqualTo((total + 6) / 7);
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
    }

    @Test
    void nestedConnectionsPageToo() {
        var first = data("""
                { zone(id: "zone:xian") { enterprisesConnection(first: 5) {
                    totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }""", Map.of())
                .at("/zone/enterprisesConnection");
        var rest = data("""
                query ($after: String) { zone(id: "zone:xian") { enterprisesConnection(first: 100, after: $after) {
                    edges { node { id } } pageInfo { hasNextPage } } } }""",
                Map.of("after", first.at("/pageInfo/endCursor").asString())).at("/zone/enterprisesConnection");
        List<String> ids = new ArrayList<>();
        first.get("edges").forEach(e -> ids.add(e.at("/node/id").asString()));
        rest.get("edges").forEach(e -> ids.add(e.at("/node/id").asString()));
        assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        assertThat(rest.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
        assertThat(ids).hasSize(first.get("totalCount").asInt()).doesNotHaveDuplicates();
    }

    @Test
    void aggregatesMatchTheArticles() {
        // 渭南: one project, 9.45 亿元, 110 亩.
        var weinan = data("""
                { zone(id: "zone:weinan") { projectsConnection { aggregate {
                    count sum { investment investmentYuan landArea } max { jobs } } } } }""", Map.of())
                .at("/zone/projectsConnection/aggregate");
        assertThat(weinan.get("count").asInt()).isEqualTo(1);
        assertThat(weinan.at("/sum/investment").asDouble()).isEqualTo(9.45);
        assertThat(weinan.at("/sum/investmentYuan").asDouble()).isEqualTo(9.45e8);
        assertThat(weinan.at("/sum/landArea").asDouble()).isEqualTo(110);
        assertThat(weinan.at("/max/jobs").asDouble()).isEqualTo(1200);

        // The highest growth among Xi'an's enterprises: 众迪锂电池, 1165%; lowest 18.4% (中石油测井).
        var xian = data("""
                { indicators(where: { enterprise: { zone: { id: { eq: "zone:xian" } } }, growth: { isNull: false } }) {
                    totalCount aggregate { count max { growth } min { growth } avg { growth } } } }""", Map.of())
                .at("/indicators");
        assertThat(xian.at("/aggregate/max/growth").asDouble()).isEqualTo(1165);
        assertThat(xian.at("/aggregate/min/growth").asDouble()).isEqualTo(18.4);
        // 比亚迪 321, 中兴终端 25, 三星半导体 34.5, 中石油测井 18.4, 众迪锂电池 1165.
        assertThat(xian.get("totalCount").asInt()).isEqualTo(5);
        assertThat(xian.at("/aggregate/avg/growth").asDouble()).isCloseTo((321 + 25 + 34.5 + 18.4 + 1165) / 5,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void totalsOfAllZonesStatedInvestment() {
        var all = data("{ projects { aggregate { count sum { investmentYuan } } } }", Map.of()).at("/projects/aggregate");
        var each = data("{ projects(first: 100) { edges { node { investmentYuan } } } }", Map.of())
                .at("/projects/edges").valueStream().mapToDouble(e -> e.at("/node/investmentYuan").asDouble(0)).sum();
        assertThat(all.at("/sum/investmentYuan").asDouble()).isEqualTo(each).isPositive();
    }
}
