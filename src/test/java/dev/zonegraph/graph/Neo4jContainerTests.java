package dev.zonegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.ZonegraphApplication;
import dev.zonegraph.support.Credentials;
import dev.zonegraph.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same checks as {@link ExternalNeo4jTests} against a real Neo4j server image. Runs where a Docker engine
 * exists; skipped (not failed) where none does.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerTests {

    @Container
    static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withAdminPassword("container-secret");

    static ConfigurableApplicationContext service;

    @BeforeAll
    static void startService() {
        service = new SpringApplicationBuilder(ZonegraphApplication.class).run(
                "--server.port=0",
                Credentials.ACCEPT_ARGUMENT,
                "--zonegraph.neo4j.uri=" + neo4j.getBoltUrl(),
                "--zonegraph.neo4j.password=container-secret");
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void startsNoEmbeddedDatabase() {
        assertThat(service.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
    }

    @Test
    void answersGraphqlAndHealthFromTheServer() {
        var http = new Http(((WebServerApplicationContext) service).getWebServer().getPort());

        assertThat(http.graphql("{ stats { nodes } }").json().at("/data/stats/nodes").isNumber()).isTrue();
        assertThat(http.withHeaders(Credentials.OPERATOR).get("/actuator/health").json().at("/components/neo4j/status").asString()).isEqualTo("UP");
    }
}
