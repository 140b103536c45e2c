package dev.zonegraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zonegraph.Sha256;
import dev.zonegraph.graph.StartupFailure;
import dev.zonegraph.support.Http;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/** With a trusted-documents manifest, only its documents run, sent by hash or by text; anything else is refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zonegraph.embedded.data-dir=target/test-neo4j/${random.uuid}",
        "zonegraph.embedded.bolt-port=0",
        "zonegraph.persisted-queries.trusted-documents=classpath:persisted/trusted-documents.json"})
class TrustedDocumentsTests {

    static final String TRUSTED = "query TrustedZone($id: ID!) { zone(id: $id) { name } }";
    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    Http.Reply byHash(String hash) {
        return http.post("/graphql", "application/json", json.writeValueAsString(Map.of(
                "variables", Map.of("id", "zone:xian"),
                "extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)))));
    }

    @Test
    void trustedDocumentRunsByHashOverPostAndGet() {
        String hash = Sha256.hex(TRUSTED);
        assertThat(byHash(hash).json().at("/data/zone/name").asString()).isEqualTo("西安高新区");

        var get = http.get("/graphql?variables=" + URLEncoder.encode("{\"id\":\"zone:xian\"}", StandardCharsets.UTF_8)
                + "&extensions=" + URLEncoder.encode("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash
                + "\"}}", StandardCharsets.UTF_8));
        assertThat(get.json().at("/data/zone/name").asString()).as(get.body()).isEqualTo("西安高新区");
    }

    @Test
    void trustedDocumentRunsByItsText() {
        var reply = http.graphql(TRUSTED, Map.of("id", "zone:xian"));
        assertThat(reply.json().at("/data/zone/name").asString()).as(reply.body()).isEqualTo("西安高新区");
    }

    @Test
    void otherDocumentIsRefusedWithATypedError() {
        var reply = http.graphql("{ zone(id: \"zone:xian\") { name } }");

        var errors = reply.json().get("errors");
        assertThat(errors).as(reply.body()).hasSize(1);
        assertThat(errors.get(0).at("/extensions/classification").asString()).isEqualTo("DOCUMENT_NOT_TRUSTED");
        assertThat(errors.get(0).get("message").asString()).contains("zonegraph.persisted-queries.trusted-documents");
        assertThat(reply.json().path("data").isNull() || reply.json().path("data").isMissingNode()).isTrue();
    }

    @Test
    void unknownHashIsNotFoundAndItsDocumentIsNotRegistered() {
        String other = "{ zone(id: \"zone:xian\") { id } }";
        String hash = Sha256.hex(other);
        assertThat(byHash(hash).json().at("/errors/0/message").asString()).isEqualTo("PersistedQueryNotFound");

        var withText = http.post("/graphql", "application/json", json.writeValueAsString(Map.of("query", other,
                "extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)))));
        assertThat(withText.json().at("/errors/0/message").asString()).isEqualTo("PersistedQueryNotFound");
        assertThat(byHash(hash).json().at("/errors/0/message").asString()).isEqualTo("PersistedQueryNotFound");
    }

    @Test
    void manifestInApolloFormatIsReadAndAWrongHashStopsStartup() {
        var resources = new DefaultResourceLoader();
        var apollo = PersistedQueries.of(new PersistedQueryProperties("classpath:persisted/apollo-manifest.json",
                java.time.Duration.ZERO), resources);
        assertThat(apollo.document(Sha256.hex("{ zones(first: 2) { totalCount } }")))
                .isEqualTo("{ zones(first: 2) { totalCount } }");

        assertThatThrownBy(() -> PersistedQueries.of(new PersistedQueryProperties(
                "classpath:persisted/wrong-hash.json", java.time.Duration.ZERO), resources))
                .isInstanceOf(StartupFailure.class).hasMessageContaining("not the SHA-256 of its document");
    }
}
