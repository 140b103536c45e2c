package dev.zonegraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.graph.EmbeddedNeo4j;
import dev.zonegraph.support.Credentials;
import dev.zonegraph.support.Http;
import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ZonegraphIntegrationTest
class ServiceIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedNeo4j embedded;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void completeSchemaIsServedForCodegenAsCheckedIn() throws java.io.IOException {
        var reply = http.get("/graphql/schema");
        assertThat(reply.status()).isEqualTo(200);
        var served = graphql.schema.idl.UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new graphql.schema.idl.SchemaParser().parse(reply.body()));
        var checkedIn = graphql.schema.idl.UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new graphql.schema.idl.SchemaParser().parse(java.nio.file.Files.readString(
                        java.nio.file.Path.of("schema.generated.graphqls"))));
        assertThat(served.getAllTypesAsList().stream().map(t -> t.getName()).sorted().toList())
                .isEqualTo(checkedIn.getAllTypesAsList().stream().map(t -> t.getName()).sorted().toList())
                .contains("ZoneConnection", "EnterpriseWhere", "NodeType");
        assertThat(served.getQueryType().getFieldDefinitions()).hasSize(checkedIn.getQueryType().getFieldDefinitions().size());
    }

    @Test
    void graphqlQueryOverHttpReturnsWhatNeo4jHolds() {
        // Written by a separate client over Bolt, as an analyst's tool would: the service must see it.
        try (var driver = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none());
                var session = driver.session()) {
            session.executeWrite(tx -> tx.run("CREATE (:ZgProbe {id: 'probe'}), (:ZgProbe {id: 'probe-2'})").consume());
            try {
                var reply = http.graphql("{ stats { nodes labels { name count } } }");

                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.contentType()).startsWith("application/graphql-response+json");
                JsonNode labels = reply.json().at("/data/stats/labels");
                assertThat(labels.valueStream()
                        .filter(l -> l.get("name").asString().equals("ZgProbe"))
                        .map(l -> l.get("count").asInt()))
                        .containsExactly(2);
                assertThat(reply.json().at("/data/stats/nodes").asInt()).isGreaterThanOrEqualTo(2);
            } finally {
                session.executeWrite(tx -> tx.run("MATCH (p:ZgProbe) DELETE p").consume());
            }
        }
    }

    @Test
    void embeddedBoltAnswersRoutingDriversLikeAServer() {
        assertThat(embedded.boltUri()).startsWith("neo4j://127.0.0.1:");
        try (var driver = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none())) {
            driver.verifyConnectivity();
            var row = driver.executableQuery("RETURN 40 + $n AS answer").withParameters(Map.of("n", 2)).execute();
            assertThat(row.records().get(0).get("answer").asInt()).isEqualTo(42);
        }
    }

    @Test
    void healthReportsNeo4jUpWithItsVersionToAnOperator() {
        var reply = http.withHeaders(Credentials.OPERATOR).get("/actuator/health");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode neo4j = reply.json().at("/components/neo4j");
        assertThat(neo4j.at("/status").asString()).isEqualTo("UP");
        assertThat(neo4j.at("/details/server").asString()).startsWith("5.26");
        assertThat(reply.json().at("/status").asString()).isEqualTo("UP");
    }

    @Test
    void graphqlRejectsADocumentThatDoesNotParseWith4xx() {
        var reply = http.graphql("{ stats { nodes ");

        assertThat(reply.status()).isBetween(400, 499);
        assertThat(reply.json().at("/errors/0/extensions/classification").asString()).isEqualTo("InvalidSyntax");
    }
}
