package dev.zonegraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Http;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A curator's side of the API for tests: the mutations over HTTP, and a short article to quote. */
final class Curator {

    static final String ARTICLE_ID = "article:test-xian-battery";
    static final String TITLE = "西安高新区新增一家电池企业";
    static final String TEXT = """
            西安高新区新落户的秦储电池有限公司日前投产。
            该公司去年营业收入达12.5亿元,同比增长40%。
            秦储电池由西安高新区管委会引进。""";

    static final String ADD_ARTICLE = """
            mutation ($input: AddArticleInput!) { addArticle(input: $input) {
              articleId changed change { id principal via } userErrors { path message code } } }""";

    static final String ASSERT_FACTS = """
            mutation ($input: AssertFactsInput!) { assertFacts(input: $input) {
              changed nodes relationships change { id principal via reason nodes evidence { article quote } }
              userErrors { path message code } } }""";

    private final Http http;

    Curator(Http http) {
        this.http = http;
    }

    static Map<String, Object> article() {
        return Map.of("id", ARTICLE_ID, "title", TITLE, "text", TEXT, "authors", List.of(),
                "published", "2022-03-01", "reason", "a new source");
    }

    /** A new enterprise in zone:xian with its revenue: an entity, a relation and an indicator. */
    static Map<String, Object> facts() {
        var entity = Map.of("id", "ent:qinchu-battery", "label", "Enterprise", "name", "秦储电池有限公司",
                "props", List.of(Map.of("key", "kind", "text", "COMPANY")),
                "evidence", Map.of("quote", "西安高新区新落户的秦储电池有限公司日前投产。"));
        var relation = Map.of("from", "ent:qinchu-battery", "type", "LOCATED_IN", "to", "zone:xian",
                "evidence", Map.of("quote", "西安高新区新落户的秦储电池有限公司"));
        var indicator = new LinkedHashMap<String, Object>(Map.of("id", "ind:qinchu-battery/revenue/2021",
                "subject", "ent:qinchu-battery", "metric", "营业收入", "value", 12.5, "unit", "亿元",
                "period", "去年", "year", 2021, "growth", 40, "kind", "ACTUAL"));
        indicator.put("evidence", Map.of("article", ARTICLE_ID, "quote", "该公司去年营业收入达12.5亿元,同比增长40%。"));
        return new LinkedHashMap<>(Map.of("article", ARTICLE_ID, "entities", List.of(entity),
                "relations", List.of(relation), "indicators", List.of(indicator), "reason", "new enterprise"));
    }

    JsonNode addArticle(Map<String, Object> input) {
        return payload("addArticle", ADD_ARTICLE, input);
    }

    JsonNode assertFacts(Map<String, Object> input) {
        return payload("assertFacts", ASSERT_FACTS, input);
    }

    private JsonNode payload(String field, String document, Map<String, Object> input) {
        var reply = http.graphql(document, Map.of("input", input));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().has("errors")).as(reply.body()).isFalse();
        return reply.json().get("data").get(field);
    }
}
