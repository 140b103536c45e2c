package dev.zonegraph.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.stats.GraphStats;
import dev.zonegraph.stats.GraphStatsReader;
import dev.zonegraph.support.Credentials;
import dev.zonegraph.support.CurationIntegrationTest;
import dev.zonegraph.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A curator proposes the facts of a new article, lists them, accepts some (written through the curators' validated
 * write, with the proposer and the curator in the history) and rejects others; refused reviews change nothing.
 */
@CurationIntegrationTest
class ProposalReviewTests {

    @LocalServerPort
    int port;

    @Autowired
    GraphStatsReader stats;

    @Autowired
    Driver driver;

    Http http;
    Reviewer reviewer;

    @BeforeEach
    void signIn() {
        http = new Http(port).withHeaders(Credentials.CURATOR);
        reviewer = new Reviewer(http);
    }

    @Test
    void acceptedProposalsAreWrittenWithTheirEvidenceAndTheProposerAndCuratorInTheHistory() {
        reviewer.addArticle("article:test-proposals-accept", "秦川钛业");
        var proposed = reviewer.propose("article:test-proposals-accept");
        JsonNode proposals = proposed.get("proposals");
        assertThat(proposals.size()).isGreaterThan(2);
        assertThat(proposed.get("created").asInt()).isEqualTo(proposals.size());
        assertThat(proposed.get("proposer").asString()).matches("extractor:[0-9a-f]{12}");
        assertThat(proposals.findValuesAsString("status")).containsOnly("PENDING");

        var figure = Reviewer.first(proposals, p -> p.get("kind").asString().equals("INDICATOR")
                && Reviewer.fact(p).path("value").asDouble() == 86.4);
        var company = Reviewer.first(proposals, p -> p.get("kind").asString().equals("ENTITY")
                && Reviewer.fact(p).path("name").asString().equals("秦川钛业有限公司"));
        assertThat(company.get("existing").asBoolean()).isFalse();
        var accepted = reviewer.accept(List.of(figure.get("id").asString(), company.get("id").asString()));

        assertThat(accepted.get("userErrors").isEmpty()).as(accepted.toString()).isTrue();
        var change = accepted.get("change");
        assertThat(change.get("principal").asString()).isEqualTo("test-curator");
        assertThat(change.get("via").asString()).isEqualTo("graphql:acceptProposals");
        assertThat(change.get("reason").asString()).contains(figure.get("id").asString(),
                company.get("id").asString(), proposed.get("proposer").asString());
        assertThat(accepted.get("proposals").findValuesAsString("status")).containsOnly("ACCEPTED");
        assertThat(accepted.get("proposals").findValuesAsString("changeId")).containsOnly(change.get("id").asString());
        assertThat(accepted.get("proposals").findValuesAsString("decidedBy")).containsOnly("test-curator");

        var read = http.graphql("""
                query ($figure: ID!, $company: ID!) {
                  indicator(id: $figure) { value unit growth period kind evidence { quote article { id } } }
                  enterprise(id: $company) { name evidence { quote } } }""", Map.of(
                "figure", figure.get("factId").asString(), "company", company.get("factId").asString()))
                .json().get("data");
        assertThat(read.at("/indicator/value").asDouble()).isEqualTo(86.4);
        assertThat(read.at("/indicator/growth").asDouble()).isEqualTo(21.7);
        assertThat(read.at("/indicator/evidence/0/quote").asString()).isEqualTo(figure.get("quote").asString());
        assertThat(read.at("/indicator/evidence/0/article/id").asString()).isEqualTo("article:test-proposals-accept");
        assertThat(read.at("/enterprise/name").asString()).isEqualTo("秦川钛业有限公司");

        var history = http.graphql("{ changes(first: 100) { edges { node { id principal via reason } } } }")
                .json().at("/data/changes/edges");
        var recorded = Reviewer.first(history, e -> e.at("/node/id").asString().equals(change.get("id").asString()));
        assertThat(recorded.at("/node/principal").asString()).isEqualTo("test-curator");
        assertThat(recorded.at("/node/reason").asString()).contains(proposed.get("proposer").asString());
        var listed = http.graphql(Reviewer.LIST, Map.of("status", "ACCEPTED", "article",
                "article:test-proposals-accept")).json().at("/data/proposals");
        assertThat(listed.get("totalCount").asInt()).isEqualTo(2);
    }

    @Test
    void proposalsAreListedPageByPageInReviewOrder() {
        reviewer.addArticle("article:test-proposals-list", "华山钛业");
        var proposals = reviewer.propose("article:test-proposals-list").get("proposals");
        var seen = new ArrayList<String>();
        String after = null;
        do {
            var variables = new java.util.HashMap<String, Object>(Map.of("status", "PENDING",
                    "article", "article:test-proposals-list", "first", 2));
            variables.put("after", after);
            var page = http.graphql(Reviewer.LIST, variables).json().at("/data/proposals");
            assertThat(page.get("totalCount").asInt()).isEqualTo(proposals.size());
            page.get("edges").forEach(e -> seen.add(e.at("/node/id").asString()));
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
        } while (after != null);
        assertThat(seen).containsExactlyElementsOf(Reviewer.ids(proposals));
    }

    @Test
    void rejectedProposalsKeepTheReasonAndWriteNothingAndAreDecidedOnce() {
        reviewer.addArticle("article:test-proposals-reject", "渭河钛业");
        var proposals = reviewer.propose("article:test-proposals-reject").get("proposals");
        String id = proposals.get(proposals.size() - 1).get("id").asString();
        GraphStats before = stats.read();

        var rejected = reviewer.reject(List.of(id), "not what the sentence says");

        assertThat(rejected.get("userErrors").isEmpty()).as(rejected.toString()).isTrue();
        var proposal = rejected.get("proposals").get(0);
        assertThat(proposal.get("status").asString()).isEqualTo("REJECTED");
        assertThat(proposal.get("reason").asString()).isEqualTo("not what the sentence says");
        assertThat(proposal.get("decidedBy").asString()).isEqualTo("test-curator");
        assertThat(proposal.get("decidedAt").isNull()).isFalse();
        assertThat(stats.read()).isEqualTo(before);
        for (var again : List.of(reviewer.reject(List.of(id), "again"), reviewer.accept(List.of(id)))) {
            assertThat(again.at("/userErrors/0/code").asString()).isEqualTo("NOT_PENDING");
            assertThat(again.at("/userErrors/0/path").toString()).isEqualTo("[\"ids\",\"0\"]");
        }
        assertThat(reviewer.propose("article:test-proposals-reject").get("proposals"))
                .filteredOn(p -> p.get("id").asString().equals(id)).first()
                .satisfies(p -> assertThat(p.get("status").asString()).isEqualTo("REJECTED"));
    }

    @Test
    void refusedAcceptWritesNothingAndLeavesTheProposalsPending() {
        reviewer.addArticle("article:test-proposals-refused", "宝光钛业");
        var proposals = reviewer.propose("article:test-proposals-refused").get("proposals");
        var company = Reviewer.first(proposals, p -> Reviewer.fact(p).path("name").asString().equals("宝光钛业有限公司"));
        var figure = Reviewer.first(proposals, p -> Reviewer.fact(p).path("value").asDouble() == 86.4);
        // A proposal an older extractor stored whose figure the validator now refuses: a kind outside the vocabulary.
        try (var session = driver.session()) {
            session.run("MATCH (p:Proposal {id: $id}) SET p.fact = replace(p.fact, '\"ACTUAL\"', '\"PLANNED\"')",
                    Map.of("id", figure.get("id").asString())).consume();
        }
        GraphStats before = stats.read();
        int changes = changeCount();

        var refused = reviewer.accept(List.of(company.get("id").asString(), figure.get("id").asString()));

        assertThat(refused.get("change").isNull()).isTrue();
        assertThat(refused.at("/userErrors/0/code").asString()).isEqualTo("INVALID");
        assertThat(refused.at("/userErrors/0/path").toString()).isEqualTo("[\"ids\",\"1\",\"kind\"]");
        assertThat(stats.read()).isEqualTo(before);
        assertThat(changeCount()).isEqualTo(changes);
        assertThat(refused.get("proposals").findValuesAsString("status")).containsOnly("PENDING");
        assertThat(http.graphql("{ enterprise(id: \"" + company.get("factId").asString() + "\") { id } }")
                .json().at("/data/enterprise").isNull()).isTrue();
    }

    @Test
    void aFactOfAnEntityThatIsOnlyProposedIsRefusedNamingTheProposalUntilBothAreAccepted() {
        reviewer.addArticle("article:test-proposals-dependency", "泾河钛业");
        var proposals = reviewer.propose("article:test-proposals-dependency").get("proposals");
        var proposedEntities = new java.util.HashMap<String, JsonNode>();
        proposals.forEach(p -> {
            if (p.get("kind").asString().equals("ENTITY") && !p.get("existing").asBoolean()) {
                proposedEntities.put(p.get("factId").asString(), p);
            }
        });
        var dependent = Reviewer.first(proposals, p -> proposedEntities.containsKey(
                Reviewer.fact(p).path(p.get("kind").asString().equals("INDICATOR") ? "subject" : "from").asString()));
        var fact = Reviewer.fact(dependent);
        var entity = proposedEntities.get(fact.path(fact.has("subject") ? "subject" : "from").asString());

        var refused = reviewer.accept(List.of(dependent.get("id").asString()));

        assertThat(refused.at("/userErrors/0/code").asString()).isEqualTo("PENDING_DEPENDENCY");
        assertThat(refused.at("/userErrors/0/message").asString()).contains(entity.get("id").asString());
        assertThat(refused.get("proposals").findValuesAsString("status")).containsOnly("PENDING");
        var accepted = reviewer.accept(List.of(dependent.get("id").asString(), entity.get("id").asString()));
        assertThat(accepted.get("userErrors").isEmpty()).as(accepted.toString()).isTrue();
        assertThat(accepted.get("proposals").findValuesAsString("status")).containsOnly("ACCEPTED");
    }

    @Test
    void proposingTwiceGivesTheSameProposalsEachQuotingTheArticleAtItsOffsets() {
        String text = reviewer.addArticle("article:test-proposals-twice", "骊山钛业");
        var first = reviewer.propose("article:test-proposals-twice");
        var second = reviewer.propose("article:test-proposals-twice");

        assertThat(Reviewer.ids(second.get("proposals"))).isEqualTo(Reviewer.ids(first.get("proposals")));
        assertThat(second.get("created").asInt()).isZero();
        assertThat(http.graphql(Reviewer.LIST, Map.of("article", "article:test-proposals-twice")).json()
                .at("/data/proposals/totalCount").asInt()).isEqualTo(first.get("proposals").size());
        for (JsonNode p : first.get("proposals")) {
            String field = p.get("field").asString();
            String source = field.equals("title") ? Reviewer.TITLE : text;
            assertThat(field).isIn("title", "text");
            assertThat(source.substring(p.get("start").asInt(), p.get("end").asInt()))
                    .as(p.toString()).isEqualTo(p.get("quote").asString());
        }
    }

    @Test
    void proposalsOfASeedArticleQuoteItAtTheirOffsetsAndMarkWhatTheGraphHasAlready() {
        var proposals = reviewer.propose("article:weinan").get("proposals");
        var article = http.graphql("{ article(id: \"article:weinan\") { title kicker byline text } }").json()
                .at("/data/article");

        assertThat(proposals.size()).isGreaterThan(10);
        for (JsonNode p : proposals) {
            String source = article.get(p.get("field").asString()).asString();
            assertThat(source.substring(p.get("start").asInt(), p.get("end").asInt())).as(p.toString())
                    .isEqualTo(p.get("quote").asString());
        }
        // The seed states this article's facts: the figures and relationships proposed for it are mostly there.
        assertThat(proposals).filteredOn(p -> p.get("kind").asString().equals("RELATIONSHIP"))
                .anyMatch(p -> p.get("existing").asBoolean());
        assertThat(proposals).filteredOn(p -> p.get("existing").asBoolean()).allSatisfy(p -> {
            if (p.get("kind").asString().equals("INDICATOR")) {
                assertThat(http.graphql("{ indicator(id: \"" + p.get("factId").asString() + "\") { id } }").json()
                        .at("/data/indicator/id").asString()).isEqualTo(p.get("factId").asString());
            }
        });
    }

    @Test
    void readersAndAnonymousCallersMayNeitherProposeNorReviewNorList() {
        reviewer.addArticle("article:test-proposals-roles", "太白钛业");
        for (var caller : List.of(Map.entry(new Http(port).withHeaders(Credentials.READER), "FORBIDDEN"),
                Map.entry(new Http(port), "UNAUTHORIZED"))) {
            for (var request : List.of(
                    http(caller.getKey(), Reviewer.PROPOSE, Map.of("id", "article:test-proposals-roles")),
                    http(caller.getKey(), Reviewer.ACCEPT, Map.of("ids", List.of("proposal:0000000000000000"))),
                    http(caller.getKey(), Reviewer.LIST, Map.of()))) {
                assertThat(request.at("/errors/0/extensions/classification").asString()).as(request.toString())
                        .isEqualTo(caller.getValue());
            }
        }
        assertThat(http.graphql(Reviewer.LIST, Map.of("article", "article:test-proposals-roles")).json()
                .at("/data/proposals/totalCount").asInt()).isZero();
    }

    private static JsonNode http(Http caller, String document, Map<String, Object> variables) {
        return caller.graphql(document, variables).json();
    }

    private int changeCount() {
        return http.graphql("{ changes(first: 0) { totalCount } }").json().at("/data/changes/totalCount").asInt();
    }
}
