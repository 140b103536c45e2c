package dev.zonegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Http;
import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every filter operator, composed and nested, against answers worked out by hand from the seed facts. */
@ZonegraphIntegrationTest
class FilterTests {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** The ids of {@code field}'s nodes matching {@code where}, sorted by id. */
    List<String> ids(String field, String where) {
        var reply = http.graphql("{ " + field + "(where: " + where + ", first: 100) { edges { node { id } } } }");
        assertThat(reply.json().has("errors")).as(reply.body()).isFalse();
        return reply.json().at("/data/" + field + "/edges").valueStream().map(e -> e.at("/node/id").asString())
                .sorted().toList();
    }

    @Test
    void canonicalQueryAnswersExactly() {
        var reply = http.graphql("""
                { enterprises(where: { zone: { awards: { some: { level: { eq: NATIONAL } } } } }, first: 20) {
                    totalCount edges { node { name zone { name awards { name level conferredBy { name } } } } } } }""");
        JsonNode result = reply.json().at("/data/enterprises");

        assertThat(result.get("totalCount").asInt()).isEqualTo(5);
        assertThat(result.get("edges").valueStream().map(e -> e.at("/node/name").asString()))
                .containsExactly("包头希铝", "北方股份", "菲斯特", "广州欧科信息技术股份有限公司", "华鼎铝业");
        var ouke = result.get("edges").valueStream()
                .filter(e -> e.at("/node/name").asString().equals("广州欧科信息技术股份有限公司")).findFirst().orElseThrow();
        assertThat(ouke.at("/node/zone/name").asString()).isEqualTo("广州高新区");
        assertThat(ouke.at("/node/zone/awards/0/conferredBy/0/name").asString()).isEqualTo("国务院");
    }

    @Test
    void stringOperators() {
        assertThat(ids("zones", "{ name: { eq: \"渭南高新区\" } }")).containsExactly("zone:weinan");
        assertThat(ids("zones", "{ id: { in: [\"zone:xian\", \"zone:jining\"] } }"))
                .containsExactly("zone:jining", "zone:xian");
        assertThat(ids("zones", "{ name: { contains: \"稀土\" } }")).containsExactly("zone:baotou");
        assertThat(ids("zones", "{ name: { startsWith: \"成都\" } }")).containsExactly("zone:chengdu");
        assertThat(ids("enterprises", "{ name: { endsWith: \"铝业\" } }")).containsExactly("ent:huading-aluminium");
        assertThat(ids("regions", "{ code: { gte: \"610000\" }, kind: { eq: \"PROVINCE\" } }"))
                .containsExactly("region:shaanxi");
        assertThat(ids("regions", "{ code: { lt: \"370000\" } }")).containsExactly("region:baotou", "region:inner-mongolia");
        assertThat(ids("regions", "{ code: { lte: \"150000\" } }")).containsExactly("region:inner-mongolia");
        assertThat(ids("regions", "{ code: { gt: \"610100\" } }")).containsExactly("region:weinan");
        assertThat(ids("zones", "{ nameEn: { isNull: true } }"))
                .containsExactly("zone:chengdu-eastern-new-area", "zone:chengdu-hitech-comprehensive-bonded-zone");
        assertThat(ids("zones", "{ level: { isNull: false }, nameEn: { isNull: false } }")).hasSize(7);
        assertThat(ids("zones", "{ aliases: { includes: \"东部新区\" } }")).isEmpty();
        assertThat(ids("regions", "{ aliases: { includes: \"包头\" } }")).containsExactly("region:baotou");
        assertThat(ids("regions", "{ aliases: { someContains: \"陕\" } }")).containsExactly("region:shaanxi");
        assertThat(ids("regions", "{ aliases: { isEmpty: true } }"))
                .containsExactly("region:inner-mongolia", "region:jining", "region:sichuan");
    }

    @Test
    void numberAndEnumOperators() {
        assertThat(ids("indicators", "{ growth: { gt: 300 } }"))
                .containsExactly("ind:xian/byd-auto-output/2022-01-02", "ind:xian/zhongdi-lithium-output/2022-01-02");
        assertThat(ids("indicators", "{ value: { eq: 479.8 }, unit: { eq: \"亿元\" } }"))
                .containsExactly("ind:xian/zone-industrial-output/2022-01-02");
        assertThat(ids("indicators", "{ growth: { gte: 34.9, lte: 34.9 } }"))
                .containsExactly("ind:xian/zone-industrial-output/2022-01-02");
        assertThat(ids("awards", "{ year: { eq: 2021 }, level: { in: [NATIONAL] } }")).isNotEmpty()
                .allMatch(id -> id.startsWith("award:"));
        assertThat(ids("indicators", "{ kind: { eq: TARGET }, metric: { contains: \"地区生产总值\" } }"))
                .containsExactly("ind:chengdu/zone-gdp-growth-target/2022");
        assertThat(ids("awards", "{ year: { lt: 2022 }, level: { eq: NATIONAL } }"))
                .doesNotContainAnyElementsOf(ids("awards", "{ year: { isNull: true } }"));
    }

    @Test
    void filterPinnedToOneIdThroughSingleRelationshipsGivesTheSameAnswer() {
        // Anchored at zone:xian (the compiler starts the match there); the other conditions still apply.
        assertThat(ids("indicators", "{ enterprise: { zone: { id: { eq: \"zone:xian\" } } }, growth: { gt: 300 } }"))
                .containsExactly("ind:xian/byd-auto-output/2022-01-02", "ind:xian/zhongdi-lithium-output/2022-01-02");
        assertThat(ids("indicators", "{ enterprise: { zone: { id: { eq: \"zone:xian\" }, level: { eq: PROVINCIAL } } } }"))
                .isEmpty();
        assertThat(ids("enterprises", "{ zone: { id: { eq: \"zone:weinan\" } } }")).isEmpty();
        assertThat(ids("projects", "{ zone: { id: { eq: \"zone:weinan\" } } }"))
                .containsExactly("proj:weinan-auto-core-parts-park-phase1");
    }

    @Test
    void booleanComposition() {
        assertThat(ids("zones", "{ OR: [{ id: { eq: \"zone:xian\" } }, { id: { eq: \"zone:weinan\" } }] }"))
                .containsExactly("zone:weinan", "zone:xian");
        assertThat(ids("zones", "{ AND: [{ name: { contains: \"高新区\" } }, { name: { contains: \"西安\" } }] }"))
                .containsExactly("zone:xian");
        var all = ids("zones", "{}");
        var notXian = ids("zones", "{ NOT: { id: { eq: \"zone:xian\" } } }");
        assertThat(notXian).hasSize(all.size() - 1).doesNotContain("zone:xian");
    }

    @Test
    void listOperatorsAtOneLevel() {
        // Zones with an enterprise whose name contains 比亚迪: only Xi'an.
        assertThat(ids("zones", "{ enterprises: { some: { name: { contains: \"比亚迪\" } } } }"))
                .containsExactly("zone:xian");
        // Exactly one enterprise in Guangzhou's zone.
        assertThat(ids("zones", "{ enterprises: { single: { name: { contains: \"\" } } }, id: { eq: \"zone:guangzhou\" } }"))
                .containsExactly("zone:guangzhou");
        // All of Weinan's projects cost more than 9 亿元 (it has one: 9.45).
        assertThat(ids("zones", "{ projects: { all: { investment: { gt: 9 } } }, id: { in: [\"zone:weinan\"] } }"))
                .containsExactly("zone:weinan");
        // No zone but Baotou and Xi'an is without any enterprise named 包头希铝...
        assertThat(ids("zones", "{ enterprises: { none: { name: { eq: \"包头希铝\" } } } }")).doesNotContain("zone:baotou")
                .contains("zone:xian");
    }

    @Test
    void listOperatorsAtTwoLevels() {
        // Zones with an enterprise that has a figure growing more than 1000% (众迪锂电池, Xi'an).
        assertThat(ids("zones", "{ enterprises: { some: { indicators: { some: { growth: { gt: 1000 } } } } } }"))
                .containsExactly("zone:xian");
        // Zones where no enterprise has any figure growing more than 1000%.
        assertThat(ids("zones", "{ enterprises: { none: { indicators: { some: { growth: { gt: 1000 } } } } } }"))
                .doesNotContain("zone:xian").contains("zone:baotou", "zone:guangzhou");
        // Zones with enterprises, all of which have every figure ACTUAL.
        assertThat(ids("zones", "{ enterprises: { some: {}, all: { indicators: { all: { kind: { eq: ACTUAL } } } } } }"))
                .contains("zone:xian");
        // Awards with exactly one conferring organization that itself is part of no other organization.
        assertThat(ids("awards", "{ conferredBy: { single: { partOf: {} } } }")).isEmpty();
        assertThat(ids("awards", "{ conferredBy: { single: { parts: { none: {} } } } }")).isNotEmpty();
    }

    @Test
    void polymorphicRelationshipsFilterOnEntityFieldsAndType() {
        assertThat(ids("brands", "{ owners: { some: { type: { eq: ORGANIZATION }, name: { contains: \"山东\" } } } }"))
                .containsExactly("brand:haopin-shandong");
        assertThat(ids("indicators", "{ subject: { type: { eq: ENTERPRISE }, name: { eq: \"比亚迪\" } }, growth: { isNull: false } }"))
                .containsExactly("ind:xian/byd-auto-output/2022-01-02");
    }

    @Test
    void sortingIsStableAndDirectional() {
        var reply = http.graphql("""
                { indicators(where: { growth: { isNull: false } }, orderBy: [{ growth: DESC }], first: 3) {
                    edges { node { growth } } } }""");
        var growth = reply.json().at("/data/indicators/edges").valueStream().map(e -> e.at("/node/growth").asDouble())
                .toList();
        assertThat(growth).hasSize(3).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(growth.get(0)).isEqualTo(1165.0);
    }

    @Test
    void nodesWithoutTheSortFieldComeLastInBothDirections() {
        for (String direction : new String[] {"ASC", "DESC"}) {
            var reply = http.graphql("{ indicators(orderBy: [{ growth: " + direction + " }], first: 100) {"
                    + " edges { node { growth } } } }");
            var growth = reply.json().at("/data/indicators/edges").valueStream().map(e -> e.at("/node/growth"))
                    .toList();
            int firstNull = growth.indexOf(growth.stream().filter(g -> g.isNull()).findFirst().orElseThrow());
            assertThat(growth.subList(0, firstNull)).as(direction).hasSize(8).noneMatch(g -> g.isNull());
            assertThat(growth.subList(firstNull, growth.size())).as(direction).allMatch(g -> g.isNull());
        }
    }
}
