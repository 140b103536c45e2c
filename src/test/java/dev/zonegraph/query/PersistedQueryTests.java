package dev.zonegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.Sha256;
import dev.zonegraph.support.Http;
import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Apollo's automatic persisted queries over POST and GET: miss, register with a checked hash, then hash only. */
@ZonegraphIntegrationTest
class PersistedQueryTests {

    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** A document no other test sent (the cache outlives a test). */
    static String freshDocument() {
        return "query ApqZone { zone(id: \"zone:xian\") { name } } # " + UUID.randomUUID();
    }

    Http.Reply post(String document, String hash) {
        var body = new java.util.HashMap<String, Object>();
        if (document != null) {
            body.put("query", document);
        }
        body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
        return http.post("/graphql", "application/json", json.writeValueAsString(body));
    }

    static JsonNode onlyError(Http.Reply reply) {
        var errors = reply.json().get("errors");
        assertThat(errors).as(reply.body()).hasSize(1);
        assertThat(reply.json().path("data").isMissingNode() || reply.json().get("data").isNull()).isTrue();
        return errors.get(0);
    }

    @Test
    void unknownHashIsPersistedQueryNotFoundThenRegistersAndRunsByHashAlone() {
        String document = freshDocument();
        String hash = Sha256.hex(document);

        var miss = onlyError(post(null, hash));
        assertThat(miss.get("message").asString()).isEqualTo("PersistedQueryNotFound");
        assertThat(miss.at("/extensions/classification").asString()).isEqualTo("PersistedQueryNotFound");
        assertThat(miss.at("/extensions/code").asString()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");

        var registered = post(document, hash);
        assertThat(registered.json().at("/data/zone/name").asString()).as(registered.body()).isEqualTo("西安高新区");

        var byHash = post(null, hash);
        assertThat(byHash.json().at("/data/zone/name").asString()).as(byHash.body()).isEqualTo("西安高新区");
        assertThat(byHash.json().has("errors")).isFalse();

        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
        var get = http.get("/graphql?extensions=" + URLEncoder.encode(extensions, StandardCharsets.UTF_8));
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.json().at("/data/zone/name").asString()).as(get.body()).isEqualTo("西安高新区");
    }

    @Test
    void hashThatIsNotTheDocumentsIsRefusedAndNotRegistered() {
        String document = freshDocument();
        String wrong = Sha256.hex(document + " ");

        var refused = onlyError(post(document, wrong));
        assertThat(refused.at("/extensions/classification").asString()).isEqualTo("PersistedQueryIdInvalid");

        assertThat(onlyError(post(null, wrong)).get("message").asString()).isEqualTo("PersistedQueryNotFound");
    }

    @Test
    void unknownHashOverGetIsPersistedQueryNotFound() {
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                + Sha256.hex(freshDocument()) + "\"}}";
        var reply = http.get("/graphql?extensions=" + URLEncoder.encode(extensions, StandardCharsets.UTF_8));

        assertThat(onlyError(reply).get("message").asString()).isEqualTo("PersistedQueryNotFound");
        assertThat(reply.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void documentWithoutHashStillRuns() {
        var reply = http.graphql("{ zone(id: \"zone:xian\") { name } }");
        assertThat(reply.json().at("/data/zone/name").asString()).isEqualTo("西安高新区");
    }
}
