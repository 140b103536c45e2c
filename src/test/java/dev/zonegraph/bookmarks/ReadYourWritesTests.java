package dev.zonegraph.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Credentials;
import dev.zonegraph.support.CurationIntegrationTest;
import dev.zonegraph.support.Http;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Read-your-writes across replicas, against the real embedded Neo4j: a mutation answers the bookmark of its write, a
 * request that sends it back reads after that write (GraphQL over POST and GET, the console), a bookmark Neo4j has
 * not reached is answered with the setting to raise, and one that is not a bookmark is refused before anything runs.
 */
@CurationIntegrationTest
class ReadYourWritesTests {

    static final String HEADER = "Neo4j-Bookmark";
    static final String ADD_ARTICLE = """
            mutation ($input: AddArticleInput!) { addArticle(input: $input) { articleId changed } }""";
    static final AtomicInteger articles = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    BookmarkManager instanceBookmarks;

    Http curator() {
        return new Http(port).withHeaders(Credentials.CURATOR);
    }

    /** Adds a new article; its response. */
    Http.Reply addArticle(String id) {
        var reply = curator().graphql(ADD_ARTICLE, Map.of("input", Map.of("id", id,
                "title", "读写一致测试文章" + articles.incrementAndGet(), "text", "西安高新区今日发布一则测试消息。" + id,
                "authors", List.of(), "published", "2022-03-01", "reason", "read-your-writes test")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("data").get("addArticle").get("changed").asBoolean()).isTrue();
        return reply;
    }

    static String node(String id) {
        return "{ node(id: \"" + id + "\") { id } }";
    }

    @Test
    void mutationAnswersTheBookmarkOfItsWriteInHeaderAndExtensions() {
        var reply = addArticle("article:ryw-answered");

        String header = reply.headers().firstValue(HEADER).orElseThrow();
        assertThat(header).isNotBlank();
        List<String> inBody = reply.json().get("extensions").get("bookmarks").valueStream()
                .map(JsonNode::asString).toList();
        assertThat(String.join(",", inBody)).isEqualTo(header);
        // The instance's shared bookmark manager holds it, so this replica's next read waits for it on a cluster.
        assertThat(instanceBookmarks.getBookmarks()).contains(Bookmark.from(header));

        var read = curator().graphql(node("article:ryw-answered"));
        assertThat(read.headers().firstValue(HEADER)).as("a read writes nothing").isEmpty();
        assertThat(read.json().get("extensions").has("bookmarks")).isFalse();
    }

    @Test
    void readSentWithTheBookmarkSeesTheWriteOverPostGetAndTheConsole() {
        String bookmark = addArticle("article:ryw-seen").headers().firstValue(HEADER).orElseThrow();
        var withBookmark = new Http(port).withHeaders(Map.of(HEADER, bookmark));

        var posted = withBookmark.graphql(node("article:ryw-seen"));
        assertThat(posted.json().get("data").get("node").get("id").asString()).isEqualTo("article:ryw-seen");
        var got = withBookmark.get("/graphql?query=" + URLEncoder.encode(node("article:ryw-seen"), StandardCharsets.UTF_8));
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().get("data").get("node").get("id").asString()).isEqualTo("article:ryw-seen");
        var console = withBookmark.post("/cypher", "application/json",
                "{\"statement\": \"MATCH (a:Article {id: 'article:ryw-seen'}) RETURN a.id AS id\"}");
        assertThat(console.status()).as(console.body()).isEqualTo(200);
        assertThat(console.json().get("rowCount").asInt()).isEqualTo(1);
    }

    @Test
    void getAnswersVaryByBookmarkAndOneSentWithABookmarkIsNotAnsweredFromBeforeTheWrite() {
        String query = "/graphql?query=" + URLEncoder.encode("{ changes(first: 1) { totalCount } }",
                StandardCharsets.UTF_8);
        var before = new Http(port).get(query);
        String etagBefore = before.headers().firstValue("ETag").orElseThrow();
        assertThat(before.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains(HEADER));
        int countBefore = before.json().get("data").get("changes").get("totalCount").asInt();

        String bookmark = addArticle("article:ryw-cached").headers().firstValue(HEADER).orElseThrow();
        var after = new Http(port).withHeaders(Map.of(HEADER, bookmark, "If-None-Match", etagBefore)).get(query);

        assertThat(after.status()).as("not a 304 from before the write").isEqualTo(200);
        assertThat(after.json().get("data").get("changes").get("totalCount").asInt()).isEqualTo(countBefore + 1);
        String etagAfter = after.headers().firstValue("ETag").orElseThrow();
        assertThat(etagAfter).isNotEqualTo(etagBefore);
        var unchanged = new Http(port).withHeaders(Map.of(HEADER, bookmark, "If-None-Match", etagAfter)).get(query);
        assertThat(unchanged.status()).isEqualTo(304);
    }

    @Test
    void bookmarkNeo4jHasNotReachedIsAnsweredWithTheSettingToRaise() {
        String bookmark = addArticle("article:ryw-ahead").headers().firstValue(HEADER).orElseThrow();
        var ahead = new Http(port).withHeaders(Map.of(HEADER, FutureBookmarks.ahead(bookmark)));

        var reply = ahead.graphql(node("article:ryw-ahead"));
        var error = reply.json().get("errors").get(0);
        assertThat(error.get("extensions").get("classification").asString()).isEqualTo("TIMEOUT");
        assertThat(error.get("message").asString()).contains(HEADER, "zonegraph.api.request-timeout",
                "db.transaction.bookmark_ready_timeout");
        assertThat(reply.json().get("data").get("node").isNull()).isTrue();

        var console = ahead.post("/cypher", "application/json", "{\"statement\": \"RETURN 1 AS one\"}");
        assertThat(console.status()).isEqualTo(503);
        assertThat(console.json().get("error").get("message").asString())
                .contains(HEADER, "db.transaction.bookmark_ready_timeout");
    }

    @Test
    void valueThatIsNotABookmarkIsRefusedBeforeAnythingRuns() {
        var garbage = new Http(port).withHeaders(Map.of(HEADER, "not a bookmark!"));

        var graphql = garbage.graphql(node("zone:xian"));
        assertThat(graphql.status()).isEqualTo(400);
        var error = graphql.json().get("errors").get(0);
        assertThat(error.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.get("extensions").get("header").asString()).isEqualTo(HEADER);
        assertThat(error.get("message").asString()).contains(HEADER);
        assertThat(garbage.get("/graphql?query=" + URLEncoder.encode(node("zone:xian"), StandardCharsets.UTF_8))
                .status()).isEqualTo(400);
        var console = garbage.post("/cypher", "application/json", "{\"statement\": \"RETURN 1 AS one\"}");
        assertThat(console.status()).isEqualTo(400);
        assertThat(console.json().get("error").get("code").asString()).isEqualTo("zonegraph.BookmarkRefused");
        var tooMany = new Http(port).withHeaders(Map.of(HEADER, distinct(BookmarkHeaderFilter.MAX_BOOKMARKS + 1)));
        assertThat(tooMany.graphql(node("zone:xian")).status()).isEqualTo(400);
    }

    @Test
    void bookmarkNeo4jCannotReadIsAGraphQlErrorNamingTheHeader() {
        var reply = new Http(port).withHeaders(Map.of(HEADER, "FB:abc")).graphql(node("zone:xian"));

        var error = reply.json().get("errors").get(0);
        assertThat(error.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.get("extensions").get("header").asString()).isEqualTo(HEADER);
        assertThat(error.get("message").asString()).contains("Neo.ClientError.Transaction.InvalidBookmark");

        var console = new Http(port).withHeaders(Map.of(HEADER, "FB:abc")).post("/cypher", "application/json",
                "{\"statement\": \"RETURN 1 AS one\"}");
        assertThat(console.status()).isEqualTo(400);
        assertThat(console.json().get("error").get("code").asString()).isEqualTo("zonegraph.BookmarkRefused");
    }

    static String distinct(int count) {
        return String.join(",", IntStream.range(0, count).mapToObj(i -> "FB:a" + i).toList());
    }
}
