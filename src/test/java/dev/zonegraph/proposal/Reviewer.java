package dev.zonegraph.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A curator's side of the review over HTTP, for tests: an article of the genre, proposing, listing, deciding. */
final class Reviewer {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String TITLE = "渭南高新区钛材料产业加速集聚";
    /** The article's text about a new company {@code name}有限公司 (each test names its own, so its id is its own). */
    static String text(String name) {
        return """
                渭南高新区前两个月规模以上工业总产值达86.4亿元,同比增长21.7%。
                新落户的NAME有限公司位于渭南高新区,今年计划实现营业收入15亿元。
                NAME有限公司负责人表示,公司将加快建设年产5000吨钛材生产线。""".replace("NAME", name);
    }

    static final String PROPOSAL = """
            id kind status articleId factId fact quote field start end confidence proposer existing createdAt
            decidedBy decidedAt changeId reason""";

    static final String PROPOSE = "mutation ($id: ID!) { proposeFacts(articleId: $id) { articleId proposer created"
            + " proposals { " + PROPOSAL + " } } }";

    static final String LIST = """
            query ($status: ProposalStatus, $article: ID, $first: Int, $after: String) {
              proposals(status: $status, article: $article, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status } } } }""";

    static final String ACCEPT = "mutation ($ids: [ID!]!) { acceptProposals(ids: $ids) { proposals { " + PROPOSAL
            + " } change { id principal via reason nodes } userErrors { path message code } } }";

    static final String REJECT = "mutation ($ids: [ID!]!, $reason: String!) { rejectProposals(ids: $ids, reason:"
            + " $reason) { proposals { " + PROPOSAL + " } change { id } userErrors { path message code } } }";

    private final Http http;

    Reviewer(Http http) {
        this.http = http;
    }

    /** Adds the article under {@code id}, about the new company {@code name}; returns its text. */
    String addArticle(String id, String name) {
        var reply = http.graphql("mutation ($input: AddArticleInput!) { addArticle(input: $input) { userErrors {"
                + " message } } }", Map.of("input", Map.of("id", id, "title", TITLE, "text", text(name),
                "authors", List.of(), "published", "2022-03-20")));
        assertThat(reply.json().at("/data/addArticle/userErrors").isEmpty()).as(reply.body()).isTrue();
        return text(name);
    }

    JsonNode propose(String articleId) {
        return data(http.graphql(PROPOSE, Map.of("id", articleId)), "proposeFacts");
    }

    JsonNode accept(List<String> ids) {
        return data(http.graphql(ACCEPT, Map.of("ids", ids)), "acceptProposals");
    }

    JsonNode reject(List<String> ids, String reason) {
        return data(http.graphql(REJECT, Map.of("ids", ids, "reason", reason)), "rejectProposals");
    }

    /** The first proposal of the list that matches. */
    static JsonNode first(JsonNode proposals, Predicate<JsonNode> test) {
        for (JsonNode p : proposals) {
            if (test.test(p)) {
                return p;
            }
        }
        throw new AssertionError("no such proposal among " + proposals);
    }

    /** The fact a proposal states, parsed. */
    static JsonNode fact(JsonNode proposal) {
        return JSON.readTree(proposal.get("fact").asString());
    }

    static List<String> ids(JsonNode proposals) {
        var ids = new ArrayList<String>();
        proposals.forEach(p -> ids.add(p.get("id").asString()));
        return ids;
    }

    private static JsonNode data(Http.Reply reply, String field) {
        assertThat(reply.json().has("errors")).as(reply.body()).isFalse();
        return reply.json().get("data").get(field);
    }
}
