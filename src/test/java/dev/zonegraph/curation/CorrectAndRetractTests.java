package dev.zonegraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.stats.GraphStats;
import dev.zonegraph.stats.GraphStatsReader;
import dev.zonegraph.support.Credentials;
import dev.zonegraph.support.CurationIntegrationTest;
import dev.zonegraph.support.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A figure is corrected and a relationship withdrawn: the API shows the current version, the old one stays as
 * history with its rank, who, when and why, and doing it again changes nothing.
 */
@CurationIntegrationTest
class CorrectAndRetractTests {

    static final String ARTICLE = "article:test-weinan-foundry";
    static final Path EVIDENCE_CHECK = Path.of("cypher/queries/12-evidence-coverage.cypher");
    static final AtomicInteger TESTS = new AtomicInteger();

    static final String CORRECT = """
            mutation ($input: CorrectFactInput!) { correctFact(input: $input) {
              changed change { via reason principal } userErrors { path message code } } }""";

    static final String RETRACT = """
            mutation ($input: RetractFactInput!) { retractFact(input: $input) {
              changed change { via reason } userErrors { path message code } } }""";

    static final String HISTORY = """
            query ($fact: FactRefInput!) { factHistory(fact: $fact) {
              rank values evidence { article quote } change { via reason principal } } }""";

    @LocalServerPort
    int port;

    @Autowired
    GraphStatsReader stats;

    Http http;

    /** This test's own enterprise and figure, so that one test's correction is not another's conflict. */
    String foundry;
    String figure;

    @BeforeEach
    void foundryIsStated() {
        int test = TESTS.incrementAndGet();
        foundry = "ent:qinzhu-foundry-" + test;
        figure = "ind:weinan-foundry-" + test + "/output/2021";
        http = new Http(port).withHeaders(Credentials.CURATOR);
        var curator = new Curator(http);
        curator.addArticle(Map.of("id", ARTICLE, "title", "渭南高新区铸造企业产值更正", "text", """
                渭南高新区秦铸公司去年产值达3.2亿元。
                经核实,秦铸公司去年产值应为3.5亿元。
                秦铸公司已迁出渭南高新区。"""));
        var payload = curator.assertFacts(Map.of("article", ARTICLE,
                "entities", List.of(Map.of("id", foundry, "label", "Enterprise", "name", "秦铸公司",
                        "evidence", Map.of("quote", "渭南高新区秦铸公司去年产值达3.2亿元。"))),
                "relations", List.of(Map.of("from", foundry, "type", "LOCATED_IN", "to", "zone:weinan",
                        "evidence", Map.of("quote", "渭南高新区秦铸公司"))),
                "indicators", List.of(Map.of("id", figure, "subject", foundry, "metric", "产值",
                        "value", 3.2, "unit", "亿元", "period", "去年", "year", 2021, "kind", "ACTUAL",
                        "evidence", Map.of("quote", "渭南高新区秦铸公司去年产值达3.2亿元。")))));
        assertThat(payload.get("userErrors").isEmpty()).as(payload.toString()).isTrue();
    }

    @Test
    void aCorrectedFigureShowsItsNewValueAndKeepsTheOldOneAsSuperseded() {
        var input = Map.of("fact", Map.of("indicator", figure), "value", 3.5, "reason", "the article corrects it",
                "evidence", Map.of("article", ARTICLE, "quote", "经核实,秦铸公司去年产值应为3.5亿元。"));
        var first = mutation("correctFact", CORRECT, input);
        GraphStats after = stats.read();
        var again = mutation("correctFact", CORRECT, input);

        assertThat(first.get("userErrors").isEmpty()).as(first.toString()).isTrue();
        assertThat(first.get("change").get("via").asString()).isEqualTo("graphql:correctFact");
        assertThat(again.get("changed").asBoolean()).isFalse();
        assertThat(stats.read()).isEqualTo(after);
        var current = http.graphql("{ indicator(id: \"" + figure + "\") { value evidence { quote } } }").json()
                .get("data").get("indicator");
        assertThat(current.get("value").asDouble()).isEqualTo(3.5);
        assertThat(current.get("evidence").findValuesAsString("quote")).containsExactly("经核实,秦铸公司去年产值应为3.5亿元。");
        var versions = history(Map.of("indicator", figure));
        assertThat(versions.findValuesAsString("rank")).startsWith("CURRENT", "SUPERSEDED");
        var superseded = versions.get(1);
        assertThat(superseded.get("values").asString()).contains("\"value\":3.2");
        assertThat(superseded.get("evidence").get(0).get("quote").asString()).isEqualTo("渭南高新区秦铸公司去年产值达3.2亿元。");
        assertThat(superseded.get("change").get("reason").asString()).isEqualTo("the article corrects it");
    }

    @Test
    void aRetractedRelationshipLeavesTheGraphAndStaysInItsHistory() {
        var input = Map.of("fact", Map.of("relationship", Map.of("from", foundry, "type", "LOCATED_IN",
                "to", "zone:weinan")), "reason", "moved out",
                "evidence", Map.of("article", ARTICLE, "quote", "秦铸公司已迁出渭南高新区。"));
        var first = mutation("retractFact", RETRACT, input);
        GraphStats after = stats.read();
        var again = mutation("retractFact", RETRACT, input);

        assertThat(first.get("changed").asBoolean()).as(first.toString()).isTrue();
        assertThat(again.get("changed").asBoolean()).isFalse();
        assertThat(stats.read()).isEqualTo(after);
        assertThat(http.graphql("{ enterprise(id: \"" + foundry + "\") { zone { id } } }").json().get("data")
                .get("enterprise").get("zone").isNull()).isTrue();
        var versions = history(Map.of("relationship", Map.of("from", foundry, "type", "LOCATED_IN",
                "to", "zone:weinan")));
        assertThat(versions.findValuesAsString("rank")).contains("RETRACTED").doesNotContain("CURRENT");
    }

    @Test
    void theEvidenceCheckCountsNoViolationOnceHistoryIsRecorded() throws IOException {
        mutation("correctFact", CORRECT, Map.of("fact", Map.of("indicator", figure), "value", 3.5,
                "reason", "the article corrects it",
                "evidence", Map.of("article", ARTICLE, "quote", "经核实,秦铸公司去年产值应为3.5亿元。")));
        mutation("retractFact", RETRACT, Map.of("fact", Map.of("relationship", Map.of("from", foundry,
                "type", "LOCATED_IN", "to", "zone:weinan")), "reason", "moved out",
                "evidence", Map.of("article", ARTICLE, "quote", "秦铸公司已迁出渭南高新区。")));

        var reply = new Http(port).post("/cypher", "application/json", JsonMapper.builder().build()
                .writeValueAsString(Map.of("statement", Files.readString(EVIDENCE_CHECK))));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var rows = reply.json().get("rows");
        assertThat(rows.size()).isEqualTo(5);
        rows.forEach(row -> assertThat(row.get("violations").asInt()).as(row.toString()).isZero());
        assertThat(http.graphql("{ changes(first: 1) { totalCount } }").json().get("data").get("changes")
                .get("totalCount").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aCorrectionWithoutGoodEvidenceOrOfAnUnknownFactIsRefused() {
        GraphStats before = stats.read();
        var badQuote = mutation("correctFact", CORRECT, Map.of("fact", Map.of("indicator", figure), "value", 9,
                "reason", "r", "evidence", Map.of("article", ARTICLE, "quote", "产值应为9亿元")));
        var unknown = mutation("correctFact", CORRECT, Map.of("fact", Map.of("indicator", "ind:nothing/here"),
                "value", 9, "reason", "r", "evidence", Map.of("article", ARTICLE, "quote", "秦铸公司")));
        var noEvidence = mutation("retractFact", RETRACT, Map.of("fact", Map.of("indicator", figure), "reason", "r"));

        assertThat(error(badQuote)).isEqualTo("QUOTE_NOT_FOUND at input.evidence.quote");
        assertThat(error(unknown)).isEqualTo("NOT_FOUND at input.fact");
        assertThat(error(noEvidence)).isEqualTo("MISSING_EVIDENCE at input.evidence");
        assertThat(stats.read()).isEqualTo(before);
    }

    private JsonNode mutation(String field, String document, Map<String, Object> input) {
        var reply = http.graphql(document, Map.of("input", input));
        assertThat(reply.json().has("errors")).as(reply.body()).isFalse();
        return reply.json().get("data").get(field);
    }

    private JsonNode history(Map<String, Object> fact) {
        var reply = http.graphql(HISTORY, Map.of("fact", fact));
        assertThat(reply.json().has("errors")).as(reply.body()).isFalse();
        return reply.json().get("data").get("factHistory");
    }

    private static String error(JsonNode payload) {
        var error = payload.get("userErrors").get(0);
        return error.get("code").asString() + " at "
                + String.join(".", error.get("path").valueStream().map(JsonNode::asString).toList());
    }
}
