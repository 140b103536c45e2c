package dev.zonegraph.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.zonegraph.graph.SchemaInstaller;
import dev.zonegraph.stats.GraphStatsReader;
import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** The seed as loaded into Neo4j at startup: facts with their values, evidence everywhere, reloads change nothing. */
@ZonegraphIntegrationTest
class SeedLoaderIntegrationTests {

    @Autowired
    Driver driver;

    @Autowired
    SeedLoader loader;

    @Autowired
    SchemaInstaller schema;

    @Autowired
    GraphStatsReader stats;

    @Test
    void everyLabelAndRelationshipTypeOfTheVocabularyIsThere() {
        var counts = stats.read();
        assertThat(counts.labels()).extracting(c -> c.name()).containsExactlyInAnyOrder("Zone", "Enterprise",
                "Brand", "Award", "Policy", "Project", "Indicator", "Organization", "Region", "Person", "Industry",
                "Article");
        assertThat(counts.relationshipTypes()).extracting(c -> c.name()).containsExactlyInAnyOrder("LOCATED_IN",
                "IN_REGION", "PART_OF", "RECEIVED", "CONFERRED_BY", "ISSUED_BY", "APPLIES_TO", "INVESTS_IN",
                "OWNED_BY", "HAS_INDICATOR", "IN_INDUSTRY", "WORKS_FOR", "WROTE", "MENTIONED_IN");
    }

    @Test
    void zoneFigureIsTypedWithItsSentence() {
        var row = one("""
                MATCH (z:Zone {id: 'zone:xian'})-[h:HAS_INDICATOR]->(i:Indicator {metric: '规模以上工业产值'})
                MATCH (z)-[:IN_REGION]->(city:Region)-[:PART_OF]->(province:Region)
                RETURN z.name AS zone, z.level AS level, city.name AS city, province.name AS province,
                       i.value AS value, i.unit AS unit, i.valueYuan AS yuan, i.growth AS growth, i.year AS year,
                       i.kind AS kind, i.period AS period, h.source AS source, h.quote AS quote""");
        assertThat(row).contains(entry("zone", "西安高新区"), entry("level", "NATIONAL"), entry("city", "西安市"),
                entry("province", "陕西省"), entry("value", 479.8), entry("unit", "亿元"), entry("yuan", 4.798e10),
                entry("growth", 34.9), entry("year", 2022L), entry("kind", "ACTUAL"), entry("period", "前两个月"),
                entry("source", "article:xian"),
                entry("quote", "西安高新区前两个月规模以上工业产值同比增长34.9%,达479.8亿元。"));
    }

    @Test
    void projectCarriesItsQuantitiesAndInvestor() {
        var row = one("""
                MATCH (e:Enterprise)-[:INVESTS_IN]->(p:Project {id: 'proj:weinan-auto-core-parts-park-phase1'})
                      -[:LOCATED_IN]->(z:Zone)
                RETURN e.name AS investor, z.name AS zone, p.investment AS investment, p.investmentUnit AS unit,
                       p.investmentYuan AS yuan, p.landArea AS land, p.landAreaUnit AS landUnit, p.jobs AS jobs,
                       p.jobsQualifier AS jobsQualifier, p.startDate AS start""");
        assertThat(row).contains(entry("investor", "陕西威楠高科(集团)实业有限责任公司"), entry("zone", "渭南高新区"),
                entry("investment", 9.45), entry("unit", "亿元"), entry("yuan", 9.45e8), entry("land", 110L),
                entry("landUnit", "亩"), entry("jobs", 1200L), entry("jobsQualifier", "余"), entry("start", "2022-03"));
    }

    @Test
    void honourLeadsToWhoConferredIt() {
        var row = one("""
                MATCH (e:Enterprise {id: 'ent:guangzhou-ouke'})-[:RECEIVED]->(a:Award)-[:CONFERRED_BY]->(o:Organization)
                WHERE a.name = '全国版权示范单位'
                MATCH (e)-[:LOCATED_IN]->(z:Zone)
                RETURN e.name AS enterprise, z.name AS zone, a.level AS level, a.year AS year, o.name AS by""");
        assertThat(row).contains(entry("enterprise", "广州欧科信息技术股份有限公司"), entry("zone", "广州高新区"),
                entry("level", "NATIONAL"), entry("year", 2021L), entry("by", "国家版权局"));
    }

    @Test
    void peoplePoliciesBrandsAndIndustriesAreLinked() {
        assertThat(one("""
                MATCH (p:Person {id: 'person:liu-zhenyu'})-[w:WORKS_FOR]->(e:Enterprise)
                RETURN e.name AS enterprise, w.role AS role""")).contains(entry("enterprise", "比亚迪"),
                entry("role", "西安区域总经理"));
        assertThat(one("""
                MATCH (p:Person)-[:WROTE]->(a:Article {id: 'article:xian'})
                RETURN collect(p.name) AS authors, a.title AS title""")).contains(entry("authors", List.of("张静攀")),
                entry("title", "西安高新区工业经济逆势上扬"));
        assertThat(one("""
                MATCH (p:Policy)-[:ISSUED_BY]->(z:Zone {id: 'zone:jining'}), (p)-[:APPLIES_TO]->(z)
                WHERE p.name CONTAINS '若干政策规定'
                RETURN p.name AS policy""")).containsValue("关于鼓励企业科技创新实现高质量发展的若干政策规定");
        assertThat(one("""
                MATCH (b:Brand {id: 'brand:haopin-shandong'})-[:OWNED_BY]->(o:Organization)
                RETURN b.name AS brand, count(o) AS owners""")).contains(entry("brand", "好品山东"), entry("owners", 2L));
        assertThat(one("""
                MATCH (:Zone {id: 'zone:baotou'})-[:IN_INDUSTRY]->(i:Industry)
                RETURN collect(i.name) AS industries""").get("industries"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains("稀土", "有色金属", "装备制造", "新能源");
    }

    @Test
    void canonicalAnalystQueryAnswers() {
        var rows = rows("""
                MATCH (e:Enterprise)-[:LOCATED_IN]->(z:Zone)-[:RECEIVED]->(a:Award {level:'NATIONAL'})
                RETURN z.name AS zone, collect(DISTINCT e.name) AS enterprises ORDER BY zone""");
        assertThat(rows).extracting(r -> r.get("zone")).contains("成都高新区", "包头稀土高新区");
        assertThat(rows).allSatisfy(r -> assertThat((List<?>) r.get("enterprises")).isNotEmpty());
    }

    @Test
    void everyFactCarriesEvidenceFoundInItsArticle() {
        var unproven = one("""
                MATCH (n) WHERE NOT n:Article AND n.source IS NULL AND NOT EXISTS { (n)-[:MENTIONED_IN]->() }
                RETURN count(n) AS nodes""");
        assertThat(unproven).containsEntry("nodes", 0L);
        var relationships = one("""
                MATCH ()-[r]->()
                RETURN count(r) AS all, count(CASE WHEN r.source IS NOT NULL AND r.quote IS NOT NULL THEN 1 END) AS proven""");
        assertThat(relationships.get("proven")).isEqualTo(relationships.get("all"));
        var misquoted = rows("""
                MATCH ()-[r]->()
                WHERE r.source STARTS WITH 'article:'
                MATCH (a:Article {id: r.source})
                WITH r, a WHERE NOT (a.text CONTAINS r.quote OR a.title CONTAINS r.quote
                                     OR coalesce(a.byline, '') CONTAINS r.quote OR coalesce(a.kicker, '') CONTAINS r.quote)
                RETURN type(r) AS type, r.quote AS quote""");
        assertThat(misquoted).isEmpty();
    }

    @Test
    void loadingAgainChangesNoCount() {
        var before = stats.read();
        var after = loader.load(SeedReader.read("classpath:seeds/"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void interruptedFirstLoadIsCompletedOnTheNextStart() {
        var seed = SeedReader.read("classpath:seeds/");
        String fingerprint = SeedReader.fingerprint(SeedReader.files("classpath:seeds/"));
        var complete = loader.load(seed, fingerprint);
        assertThat(loader.isLoaded(fingerprint, 6)).isTrue();

        // As if the process stopped before the last article's transaction.
        run("MATCH (a:Article {id: 'article:weinan'}) DETACH DELETE a");
        assertThat(loader.isLoaded(fingerprint, 6)).isFalse();

        assertThat(loader.load(seed, fingerprint)).isEqualTo(complete);
        assertThat(loader.isLoaded(fingerprint, 6)).isTrue();
    }

    @Test
    void fullTextIndexWithAnotherAnalyzerIsRebuilt() {
        run("DROP INDEX entity_search");
        run("""
                CREATE FULLTEXT INDEX entity_search FOR (n:Zone) ON EACH [n.name]
                OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}""");

        schema.install();

        assertThat(one("""
                SHOW FULLTEXT INDEXES YIELD name, options, labelsOrTypes WHERE name = 'entity_search'
                RETURN options.indexConfig.`fulltext.analyzer` AS analyzer, size(labelsOrTypes) AS labels"""))
                .contains(entry("analyzer", "cjk"), entry("labels", 12L));
        assertThat(rows("""
                CALL db.index.fulltext.queryNodes('entity_search', '比亚迪') YIELD node
                RETURN node.id AS id""")).extracting(r -> r.get("id")).contains("ent:byd");
    }

    private Map<String, Object> one(String cypher) {
        var rows = rows(cypher);
        assertThat(rows).as(cypher).hasSize(1);
        return rows.get(0);
    }

    private List<Map<String, Object>> rows(String cypher) {
        return driver.executableQuery(cypher).execute().records().stream().map(r -> r.asMap()).toList();
    }

    private void run(String cypher) {
        driver.executableQuery(cypher).execute();
    }
}
