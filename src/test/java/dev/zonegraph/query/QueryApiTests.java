package dev.zonegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Http;
import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every root field answers from the seed graph over HTTP. */
@ZonegraphIntegrationTest
class QueryApiTests {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    JsonNode data(String document) {
        var reply = http.graphql(document);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().has("errors")).as(reply.body()).isFalse();
        return reply.json().get("data");
    }

    /** The root list field of each lookup field, as the schema names them. */
    static final Map<String, String> PLURALS = Map.ofEntries(Map.entry("zone", "zones"),
            Map.entry("enterprise", "enterprises"), Map.entry("brand", "brands"), Map.entry("award", "awards"),
            Map.entry("policy", "policies"), Map.entry("project", "projects"), Map.entry("indicator", "indicators"),
            Map.entry("organization", "organizations"), Map.entry("region", "regions"), Map.entry("person", "people"),
            Map.entry("industry", "industries"), Map.entry("article", "articles"));

    @Test
    void everyTypeHasALookupByIdAndAConnection() {
        var ids = Map.ofEntries(Map.entry("zone", "zone:xian"), Map.entry("enterprise", "ent:byd"),
                Map.entry("award", "award:national-green-industrial-park-2021"),
                Map.entry("policy", "policy:jining-quality-city-action-plan"),
                Map.entry("project", "proj:weinan-auto-core-parts-park-phase1"),
                Map.entry("brand", "brand:haopin-shandong"),
                Map.entry("indicator", "ind:xian/zone-industrial-output/2022-01-02"),
                Map.entry("organization", "org:ncac"), Map.entry("region", "region:shaanxi"),
                Map.entry("person", "person:liu-zhenyu"), Map.entry("industry", "industry:rare-earth"),
                Map.entry("article", "article:baotou"));
        assertThat(PLURALS.keySet()).isEqualTo(ids.keySet());
        ids.forEach((field, id) -> {
            var one = data("{ " + field + "(id: \"" + id + "\") { id name } }").get(field);
            assertThat(one.get("id").asString()).isEqualTo(id);
            assertThat(one.get("name").asString()).isNotBlank();

            String plural = PLURALS.get(field);
            var list = data("{ " + plural + "(first: 100) { totalCount edges { node { id } } } }").get(plural);
            assertThat(list.get("totalCount").asInt()).isPositive().isEqualTo(list.get("edges").size());
            assertThat(list.get("edges").valueStream().map(e -> e.at("/node/id").asString())).contains(id);
        });
    }

    @Test
    void unknownIdGivesNull() {
        var data = data("{ zone(id: \"zone:atlantis\") { name } node(id: \"nothing:here\") { id } }");
        assertThat(data.get("zone").isNull()).isTrue();
        assertThat(data.get("node").isNull()).isTrue();
    }

    @Test
    void nodeFindsAnyTypeById() {
        var data = data("""
                { a: node(id: "zone:baotou") { __typename ... on Zone { level } }
                  b: node(id: "article:weinan") { __typename ... on Article { title authors { name } } } }""");
        assertThat(data.at("/a/__typename").asString()).isEqualTo("Zone");
        assertThat(data.at("/a/level").asString()).isEqualTo("NATIONAL");
        assertThat(data.at("/b/__typename").asString()).isEqualTo("Article");
        assertThat(data.at("/b/title").asString()).isEqualTo("渭南高新区集中开工项目5个总投资12.45亿元");
        assertThat(data.at("/b/authors/0/name").asString()).isEqualTo("左苏阳一");
    }

    @Test
    void searchRanksChineseNamesAcrossTypes() {
        var hits = data("{ search(text: \"稀土\") { score node { __typename id name } } }").get("search");
        assertThat(hits.valueStream().map(h -> h.at("/node/id").asString()))
                .contains("zone:baotou", "industry:rare-earth");
        var scores = hits.valueStream().map(h -> h.get("score").asDouble()).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        var zonesOnly = data("{ search(text: \"高新区\", types: [ZONE], first: 3) { node { __typename } } }");
        assertThat(zonesOnly.get("search").size()).isEqualTo(3);
        assertThat(zonesOnly.get("search").valueStream().map(h -> h.at("/node/__typename").asString()))
                .containsOnly("Zone");
    }

    @Test
    void searchTreatsQuerySyntaxAsText() {
        var hits = data("{ search(text: \"比亚迪 AND (\\\"电子\\\" OR *\") { node { id } } }").get("search");
        assertThat(hits.isArray()).isTrue();
    }

    @Test
    void evidenceOnNodesAndEdgesQuotesTheArticle() {
        var zone = data("""
                { zone(id: "zone:weinan") {
                    evidence { source quote article { id text } }
                    projectsConnection { edges { evidence { source quote article { id } } node { name } } } } }""")
                .get("zone");
        var evidence = zone.get("evidence").get(0);
        assertThat(evidence.get("source").asString()).isEqualTo("article:weinan");
        assertThat(evidence.at("/article/text").asString()).contains(evidence.get("quote").asString());
        var edge = zone.at("/projectsConnection/edges/0");
        assertThat(edge.at("/node/name").asString()).isEqualTo("汽车核心零部件产业园一期项目");
        assertThat(edge.at("/evidence/0/quote").asString()).isEqualTo("当天开工的渭南高新区汽车核心零部件产业园一期项目");
        assertThat(edge.at("/evidence/0/article/id").asString()).isEqualTo("article:weinan");
    }

    @Test
    void relationshipsWalkBothWays() {
        var data = data("""
                { region(id: "region:shaanxi") { parts { name zones { name } } }
                  person(id: "person:liu-zhenyu") { employersConnection { edges { role node { name } } } }
                  indicator(id: "ind:xian/zone-industrial-output/2022-01-02") {
                    value unit growth kind period year valueYuan subject { name } zone { name } enterprise { name } } }""");
        assertThat(data.at("/region/parts").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("西安市", "渭南市");
        assertThat(data.at("/person/employersConnection/edges/0/role").asString()).isEqualTo("西安区域总经理");
        assertThat(data.at("/person/employersConnection/edges/0/node/name").asString()).isEqualTo("比亚迪");
        var indicator = data.get("indicator");
        assertThat(indicator.get("value").asDouble()).isEqualTo(479.8);
        assertThat(indicator.get("unit").asString()).isEqualTo("亿元");
        assertThat(indicator.get("growth").asDouble()).isEqualTo(34.9);
        assertThat(indicator.get("kind").asString()).isEqualTo("ACTUAL");
        assertThat(indicator.get("year").asInt()).isEqualTo(2022);
        assertThat(indicator.get("valueYuan").asDouble()).isEqualTo(4.798e10);
        assertThat(indicator.at("/subject/name").asString()).isEqualTo("西安高新区");
        assertThat(indicator.at("/zone/name").asString()).isEqualTo("西安高新区");
        assertThat(indicator.get("enterprise").isNull()).isTrue();
    }
}
