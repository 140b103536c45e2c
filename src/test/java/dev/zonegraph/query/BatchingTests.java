package dev.zonegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Http;
import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No N+1: a root field costs one Cypher statement whatever its depth and however many parents each level has. The
 * count is read from the response's {@code extensions.zonegraph.statements}, which the service increments for every
 * statement it sends to Neo4j.
 */
@ZonegraphIntegrationTest
class BatchingTests {

    static final int ZONES = 60;

    static final String DEPTH_FOUR = """
            query ($first: Int) {
              zones(where: { id: { startsWith: "zone:batch-" } }, first: $first, orderBy: [{ name: ASC }]) {
                edges { node { name
                  enterprises(first: 10) { name
                    awards(first: 10) { name conferredBy(first: 10) { name } }
                    indicators(first: 10) { value } } } } } }""";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    Http http;

    @BeforeEach
    void generateZones() {
        http = new Http(port);
        driver.executableQuery("""
                UNWIND range(1, $zones) AS z
                CREATE (zone:Zone {id: 'zone:batch-' + z, name: 'batch zone ' + z, aliases: []})
                CREATE (org:Organization {id: 'org:batch-' + z, name: 'batch org ' + z, aliases: []})
                WITH zone, org, z
                UNWIND range(1, 3) AS e
                CREATE (ent:Enterprise {id: 'ent:batch-' + z + '-' + e, name: 'batch enterprise ' + z + '-' + e, aliases: []})
                CREATE (ent)-[:LOCATED_IN {source: 'test', quote: 'generated'}]->(zone)
                WITH ent, org, z, e
                UNWIND range(1, 2) AS a
                CREATE (award:Award {id: 'award:batch-' + z + '-' + e + '-' + a, name: 'batch award', aliases: []})
                CREATE (ent)-[:RECEIVED {source: 'test', quote: 'generated'}]->(award)
                CREATE (award)-[:CONFERRED_BY {source: 'test', quote: 'generated'}]->(org)
                CREATE (ind:Indicator {id: 'ind:batch-' + z + '-' + e + '-' + a, name: 'batch figure', metric: 'x',
                                       value: a * 1.0, kind: 'ACTUAL'})
                CREATE (ent)-[:HAS_INDICATOR {source: 'test', quote: 'generated'}]->(ind)""")
                .withParameters(Map.of("zones", ZONES)).execute();
    }

    @AfterEach
    void removeZones() {
        driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH 'zone:batch-' OR n.id STARTS WITH 'org:batch-' "
                + "OR n.id STARTS WITH 'ent:batch-' OR n.id STARTS WITH 'award:batch-' OR n.id STARTS WITH 'ind:batch-' "
                + "DETACH DELETE n").execute();
    }

    @Test
    void depthFourQueryCostsTheSameStatementsForFiveOrSixtyParents() {
        var five = http.graphql(DEPTH_FOUR, Map.of("first", 5));
        var sixty = http.graphql(DEPTH_FOUR, Map.of("first", ZONES));

        assertThat(sixty.json().has("errors")).as(sixty.body()).isFalse();
        var zones = sixty.json().at("/data/zones/edges");
        assertThat(zones.size()).isEqualTo(ZONES);
        assertThat(zones.valueStream().mapToInt(z -> z.at("/node/enterprises").size()).sum()).isEqualTo(ZONES * 3);
        assertThat(zones.get(0).at("/node/enterprises/0/awards/0/conferredBy/0/name").asString()).startsWith("batch org");
        assertThat(zones.get(0).at("/node/enterprises/0/indicators").size()).isEqualTo(2);

        int statementsForFive = five.json().at("/extensions/zonegraph/statements").asInt();
        int statementsForSixty = sixty.json().at("/extensions/zonegraph/statements").asInt();
        // zones, enterprises, awards, conferredBy and indicators: all in the one statement of the root field.
        assertThat(statementsForSixty).isEqualTo(1).isEqualTo(statementsForFive);
    }

    @Test
    void aliasedRootFieldsUpToTheLimitShareOneTransaction() {
        var document = new StringBuilder("{");
        for (int i = 1; i <= 20; i++) {
            document.append(" z").append(i).append(": zone(id: \"zone:batch-").append(1 + i % ZONES)
                    .append("\") { name }");
        }
        var reply = http.graphql(document.append(" }").toString());

        assertThat(reply.json().has("errors")).as(reply.body()).isFalse();
        assertThat(reply.json().at("/data/z7/name").asString()).isEqualTo("batch zone 8");
        assertThat(reply.json().at("/extensions/zonegraph/statements").asInt()).isEqualTo(20);
        assertThat(reply.json().at("/extensions/zonegraph/transactions").asInt()).isEqualTo(1);
    }

    @Test
    void connectionsWithTotalsStayBatched() {
        var reply = http.graphql("""
                { zones(where: { id: { startsWith: "zone:batch-" } }, first: 60) { totalCount edges { node {
                    enterprisesConnection(first: 2) { totalCount aggregate { count } edges { node { name } } } } } } }""");

        var zones = reply.json().at("/data/zones/edges");
        assertThat(zones.size()).isEqualTo(ZONES);
        assertThat(zones.valueStream().map(z -> z.at("/node/enterprisesConnection/totalCount").asInt())).containsOnly(3);
        assertThat(zones.valueStream().map(z -> z.at("/node/enterprisesConnection/edges").size())).containsOnly(2);
        // zones page and total, and each zone's enterprises with their totals: one statement.
        assertThat(reply.json().at("/extensions/zonegraph/statements").asInt()).isEqualTo(1);
    }
}
