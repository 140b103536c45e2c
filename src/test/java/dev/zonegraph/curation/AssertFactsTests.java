package dev.zonegraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.stats.GraphStats;
import dev.zonegraph.stats.GraphStatsReader;
import dev.zonegraph.support.Credentials;
import dev.zonegraph.support.CurationIntegrationTest;
import dev.zonegraph.support.Http;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A curator adds an article and asserts facts from it: written once with its history, the same input again changes
 * nothing, and each kind of bad fact is refused with the path of the field at fault and the graph unchanged.
 */
@CurationIntegrationTest
class AssertFactsTests {

    @LocalServerPort
    int port;

    @Autowired
    GraphStatsReader stats;

    Http http;
    Curator curator;

    @BeforeEach
    void articleIsThere() {
        http = new Http(port).withHeaders(Credentials.CURATOR);
        curator = new Curator(http);
        assertThat(curator.addArticle(Curator.article()).get("userErrors").isEmpty()).isTrue();
    }

    @Test
    void factsAreWrittenWithTheirEvidenceAndHistoryAndTheSameInputTwiceChangesNothing() {
        var first = curator.assertFacts(Curator.facts());
        GraphStats after = stats.read();
        var second = curator.assertFacts(Curator.facts());

        assertThat(first.get("userErrors").isEmpty()).as(first.toString()).isTrue();
        assertThat(second.get("changed").asBoolean()).isFalse();
        assertThat(second.get("change").isNull()).isTrue();
        assertThat(stats.read()).isEqualTo(after);
        var enterprise = http.graphql("""
                { enterprise(id: "ent:qinchu-battery") { name kind zone { id }
                    indicators { value unit growth year evidence { quote article { id } } } } }""")
                .json().get("data").get("enterprise");
        assertThat(enterprise.get("name").asString()).isEqualTo("秦储电池有限公司");
        assertThat(enterprise.get("zone").get("id").asString()).isEqualTo("zone:xian");
        var figure = enterprise.get("indicators").get(0);
        assertThat(figure.get("value").asDouble()).isEqualTo(12.5);
        assertThat(figure.get("evidence").get(0).get("quote").asString()).isEqualTo("该公司去年营业收入达12.5亿元,同比增长40%。");
        var changes = http.graphql("{ changes(first: 100) { totalCount edges { node { via reason nodes } } } }")
                .json().get("data").get("changes");
        assertThat(changes.get("edges").findValuesAsString("via")).contains("graphql:assertFacts", "graphql:addArticle");
        assertThat(first.get("change").get("principal").asString()).isEqualTo("test-curator");
        assertThat(first.get("change").get("nodes").toString()).contains("ent:qinchu-battery",
                "ind:qinchu-battery/revenue/2021");
    }

    @Test
    void quoteNotInTheArticleIsRefused() {
        refused(f -> indicator(f).put("evidence", Map.of("quote", "该公司去年营业收入达13亿元")),
                "QUOTE_NOT_FOUND", "input.indicators.0.evidence.quote");
    }

    @Test
    void unknownArticleIsRefused() {
        refused(f -> indicator(f).put("evidence", Map.of("article", "article:nowhere", "quote", "营业收入")),
                "UNKNOWN_ARTICLE", "input.indicators.0.evidence.article");
    }

    @Test
    void unknownLabelIsRefused() {
        refused(f -> entity(f).put("label", "Factory"), "UNKNOWN_LABEL", "input.entities.0.label");
    }

    @Test
    void unknownRelationshipTypeIsRefused() {
        refused(f -> relation(f).put("type", "NEAR"), "UNKNOWN_TYPE", "input.relations.0.type");
    }

    @Test
    void wrongEndpointTypesAreRefused() {
        refused(f -> relation(f).put("to", "region:xian"), "WRONG_ENDPOINT", "input.relations.0.to");
    }

    @Test
    void missingEvidenceIsRefused() {
        refused(f -> relation(f).remove("evidence"), "MISSING_EVIDENCE", "input.relations.0.evidence");
    }

    @Test
    void badNumberIsRefused() {
        refused(f -> entity(f).put("props", List.of(Map.of("key", "kind", "text", "COMPANY"),
                Map.of("key", "investment", "quantity", Map.of("value", 3, "unit", "亿美元")))),
                "INVALID", "input.entities.0.props.1.unit");
        GraphStats before = stats.read();
        var reply = http.graphql(Curator.ASSERT_FACTS, Map.of("input", with(f -> indicator(f).put("value", "12.5亿"))));
        assertThat(reply.json().get("errors").get(0).get("message").asString()).contains("value");
        assertThat(stats.read()).isEqualTo(before);
    }

    @Test
    void awardYearThatIsNotWholeIsABadNumber() {
        refused(f -> {
            f.put("entities", List.of(entity(f), Map.of("id", "award:qinchu-star", "label", "Award", "name", "秦储",
                    "props", List.of(Map.of("key", "year", "number", 2021.5)),
                    "evidence", Map.of("quote", "秦储电池"))));
        }, "BAD_NUMBER", "input.entities.1.props.0");
    }

    @Test
    void anIdAlreadyInTheGraphWithOtherDataIsRefused() {
        refused(f -> f.put("entities", List.of(entity(f), Map.of("id", "zone:xian", "label", "Zone",
                "name", "西安高新区", "props", List.of(Map.of("key", "level", "text", "PROVINCIAL")),
                "evidence", Map.of("quote", "西安高新区")))), "CONFLICT", "input.entities.1.id");
    }

    @Test
    void withoutCredentialsOrWithoutTheCuratorRoleNothingIsWritten() {
        // New facts: written if the mutation ran, so an unchanged graph means it did not.
        var facts = with(f -> entity(f).put("id", "ent:qinchu-battery-unsigned"));
        facts.remove("indicators");
        facts.remove("relations");
        GraphStats before = stats.read();

        var anonymous = new Http(port).graphql(Curator.ASSERT_FACTS, Map.of("input", facts));
        var reader = new Http(port).withHeaders(Credentials.READER).graphql(Curator.ASSERT_FACTS,
                Map.of("input", facts));

        assertThat(anonymous.json().at("/errors/0/extensions/classification").asString()).as(anonymous.body())
                .isEqualTo("UNAUTHORIZED");
        assertThat(reader.json().at("/errors/0/extensions/classification").asString()).as(reader.body())
                .isEqualTo("FORBIDDEN");
        assertThat(stats.read()).isEqualTo(before);
        assertThat(curator.assertFacts(facts).get("changed").asBoolean()).as("the same facts, as a curator").isTrue();
    }

    /** Asserts the facts as {@code edit} changes them: refused with {@code code} at {@code path}, nothing written. */
    private void refused(Consumer<Map<String, Object>> edit, String code, String path) {
        GraphStats before = stats.read();
        var payload = curator.assertFacts(with(edit));

        List<String> errors = new ArrayList<>();
        payload.get("userErrors").forEach(e -> errors.add(e.get("code").asString() + " at "
                + String.join(".", e.get("path").valueStream().map(JsonNode::asString).toList())));
        assertThat(errors).as(payload.toString()).contains(code + " at " + path);
        assertThat(payload.get("changed").asBoolean()).isFalse();
        assertThat(stats.read()).isEqualTo(before);
    }

    private static Map<String, Object> with(Consumer<Map<String, Object>> edit) {
        var facts = Curator.facts();
        edit.accept(facts);
        return facts;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> facts, String list) {
        var items = new ArrayList<>((List<Map<String, Object>>) facts.get(list));
        var item = new LinkedHashMap<>(items.get(0));
        items.set(0, item);
        facts.put(list, items);
        return item;
    }

    private static Map<String, Object> entity(Map<String, Object> facts) {
        return first(facts, "entities");
    }

    private static Map<String, Object> relation(Map<String, Object> facts) {
        return first(facts, "relations");
    }

    private static Map<String, Object> indicator(Map<String, Object> facts) {
        return first(facts, "indicators");
    }
}
