package dev.zonegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.ZonegraphApplication;
import dev.zonegraph.support.Credentials;
import dev.zonegraph.support.Http;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The service pointed by URI at a separate Neo4j server (with auth on) starts no database of its own. */
class ExternalNeo4jTests {

    static final String PASSWORD = "external-secret";

    @TempDir
    static Path serverHome;

    static EmbeddedNeo4j server;
    static ConfigurableApplicationContext service;

    @BeforeAll
    static void startServerThenService() {
        server = EmbeddedNeo4j.start(new EmbeddedProperties(serverHome, "127.0.0.1", 0, true),
                new Neo4jProperties("", "neo4j", PASSWORD, "neo4j", Duration.ofSeconds(10)));
        service = new SpringApplicationBuilder(ZonegraphApplication.class).run(
                "--server.port=0",
                Credentials.ACCEPT_ARGUMENT,
                "--zonegraph.neo4j.uri=bolt://127.0.0.1:" + server.boltPort(),
                "--zonegraph.neo4j.password=" + PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        server.close();
    }

    @Test
    void startsNoEmbeddedDatabase() {
        assertThat(service.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
    }

    @Test
    void answersGraphqlFromTheExternalServer() {
        var http = new Http(((WebServerApplicationContext) service).getWebServer().getPort());

        var reply = http.graphql("{ stats { nodes relationships } }");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/data/stats/nodes").isNumber()).isTrue();
        var health = http.withHeaders(Credentials.OPERATOR).get("/actuator/health").json();
        assertThat(health.at("/components/neo4j/status").asString()).isEqualTo("UP");
    }
}
