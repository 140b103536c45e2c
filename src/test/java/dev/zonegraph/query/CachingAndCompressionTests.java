package dev.zonegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** GET queries carry Cache-Control and an ETag of their body and answer 304 on a match; JSON is gzipped on request. */
@ZonegraphIntegrationTest
class CachingAndCompressionTests {

    static final JsonMapper json = JsonMapper.builder().build();
    static final String ZONES = "{ zones(first: 20) { edges { node { id name nameEn level } } } }";
    /** Larger than the 2 KB below which compression is not worth it. */
    static final String ARTICLES = "{ articles(first: 6) { edges { node { id title text } } } }";

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newHttpClient();

    HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpRequest.Builder get(String document) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql?query="
                + URLEncoder.encode(document, StandardCharsets.UTF_8))).GET();
    }

    @Test
    void getQueryHasCacheControlAndAnEtagOfItsBodyAndAnswers304OnAMatch() throws Exception {
        var first = send(get(ZONES));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=60");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("W/\"");

        var again = send(get(ZONES));
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(again.body()).isEqualTo(first.body());

        var notModified = send(get(ZONES).header("If-None-Match", etag));
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();

        var other = send(get("{ zones(first: 3) { edges { node { id } } } }").header("If-None-Match", etag));
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);
    }

    @Test
    void answerWithErrorsIsNotCached() throws Exception {
        var reply = send(get("{ zones(first: 500) { totalCount } }"));
        assertThat(reply.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(reply.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void postedQueryIsNeitherCachedNorTagged() throws Exception {
        var reply = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", ZONES)))));
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void jsonIsGzippedWhenTheClientAcceptsIt() throws Exception {
        var posted = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", "application/graphql-response+json")
                .header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", ARTICLES)))));
        assertThat(posted.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(json.readTree(gunzip(posted.body())).at("/data/articles/edges").size()).isEqualTo(6);

        var got = send(get(ARTICLES).header("Accept-Encoding", "gzip"));
        assertThat(got.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(got.headers().firstValue("ETag")).isPresent();
        assertThat(json.readTree(gunzip(got.body())).at("/data/articles/edges").size()).isEqualTo(6);

        var plain = send(get(ARTICLES));
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    }

    static String gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
