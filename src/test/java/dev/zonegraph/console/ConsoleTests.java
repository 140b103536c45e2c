package dev.zonegraph.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.stats.GraphStatsReader;
import dev.zonegraph.support.Http;
import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The console reads, and refuses everything else: writes, schema, admin, files, procedures, other databases. */
@ZonegraphIntegrationTest
class ConsoleTests {

    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    GraphStatsReader stats;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    Http.Reply cypher(String statement, Map<String, Object> parameters) {
        return http.post("/cypher", "application/json",
                json.writeValueAsString(Map.of("statement", statement, "parameters", parameters)));
    }

    @Test
    void readsRowsAsJson() {
        var reply = cypher("MATCH (z:Zone)-[:IN_REGION]->(r:Region) WHERE z.level = $level "
                + "RETURN z.name AS zone, r.name AS city ORDER BY zone", Map.of("level", "NATIONAL"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var body = reply.json();
        assertThat(body.get("columns").valueStream().map(c -> c.asString())).containsExactly("zone", "city");
        assertThat(body.get("rows").valueStream().map(r -> r.get("zone").asString())).contains("西安高新区", "渭南高新区");
        assertThat(body.get("truncated").asBoolean()).isFalse();
        assertThat(body.get("rowCount").asInt()).isEqualTo(body.get("rows").size());
    }

    @Test
    void nodesRelationshipsAndPathsComeBackAsMaps() {
        var reply = cypher("MATCH p = (e:Enterprise {id: 'ent:byd'})-[r:LOCATED_IN]->(z) RETURN e, r, p LIMIT 1", Map.of());
        var row = reply.json().at("/rows/0");
        assertThat(row.at("/e/labels/0").asString()).isEqualTo("Enterprise");
        assertThat(row.at("/e/properties/name").asString()).isEqualTo("比亚迪");
        assertThat(row.at("/r/type").asString()).isEqualTo("LOCATED_IN");
        assertThat(row.at("/r/properties/source").asString()).isEqualTo("article:xian");
        assertThat(row.at("/p/nodes").size()).isEqualTo(2);
    }

    @Test
    void listsMapsAndDatesComeBackAsJsonValues() {
        var row = cypher("""
                MATCH (e:Enterprise)-[:LOCATED_IN]->(z:Zone {id: 'zone:baotou'})
                WITH z, collect(e.name) AS names
                RETURN names, {zone: z.name, count: size(names)} AS summary, date('2022-03-01') AS day""",
                Map.of()).json().at("/rows/0");
        assertThat(row.get("names").isArray()).isTrue();
        assertThat(row.get("names").valueStream().map(n -> n.asString())).contains("包头希铝", "华鼎铝业", "北方股份");
        assertThat(row.at("/summary/zone").asString()).isEqualTo("包头稀土高新区");
        assertThat(row.at("/summary/count").asInt()).isEqualTo(row.get("names").size());
        assertThat(row.get("day").asString()).isEqualTo("2022-03-01");
    }

    @Test
    void parametersAreValuesNeverCode() {
        long before = stats.read().nodes();
        var reply = cypher("RETURN $name AS name", Map.of("name", "x'}) CREATE (n:Injected) //"));
        assertThat(reply.json().at("/rows/0/name").asString()).isEqualTo("x'}) CREATE (n:Injected) //");
        assertThat(stats.read().nodes()).isEqualTo(before);
    }

    @Test
    void syntaxErrorIs400WithNeo4jsMessage() {
        var reply = cypher("MATCH (z:Zone RETURN z", Map.of());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/error/code").asString()).isEqualTo("Neo.ClientError.Statement.SyntaxError");
        assertThat(reply.json().at("/error/message").asString()).contains("Invalid input");
    }

    @Test
    void csvParsesBackToTheSameRows() {
        String statement = "MATCH (i:Indicator) WHERE i.growth IS NOT NULL "
                + "RETURN i.name AS name, i.growth AS growth, i.metric AS metric ORDER BY i.id";
        var asJson = cypher(statement, Map.of()).json().get("rows");
        var asCsv = http.post("/cypher?format=csv", "application/json",
                json.writeValueAsString(Map.of("statement", statement)));

        assertThat(asCsv.contentType()).startsWith("text/csv");
        List<List<String>> table = parseCsv(asCsv.body());
        assertThat(table.get(0)).containsExactly("name", "growth", "metric");
        assertThat(table).hasSize(asJson.size() + 1);
        for (int i = 0; i < asJson.size(); i++) {
            var row = asJson.get(i);
            assertThat(table.get(i + 1)).containsExactly(row.get("name").asString(),
                    row.get("growth").asString(), row.get("metric").asString());
        }
    }

    static Stream<Arguments> forbidden() {
        return Stream.of(
                Arguments.of("CREATE (:Zone {id: 'zone:evil'})"),
                Arguments.of("MERGE (z:Zone {id: 'zone:evil'}) RETURN z"),
                Arguments.of("MATCH (z:Zone {id: 'zone:xian'}) SET z.name = 'hacked'"),
                Arguments.of("MATCH (z:Zone {id: 'zone:xian'}) REMOVE z.level"),
                Arguments.of("MATCH (z:Zone {id: 'zone:xian'}) SET z:Hacked"),
                Arguments.of("MATCH (n:Indicator) DELETE n"),
                Arguments.of("MATCH (n) DETACH DELETE n"),
                Arguments.of("MATCH ()-[r:LOCATED_IN]->() DELETE r"),
                Arguments.of("UNWIND [1, 2] AS i FOREACH (x IN [i] | CREATE (:Evil))"),
                Arguments.of("MATCH (z:Zone) CALL (z) { SET z.touched = true } RETURN count(*)"),
                Arguments.of("MATCH (z:Zone) WITH z LIMIT 1 CALL { CREATE (:Evil) } RETURN z"),
                Arguments.of("MATCH (z:Zone {id: 'zone:xian'}) RETURN z // harmless?\nCREATE (:Evil)"),
                Arguments.of("CREATE INDEX evil FOR (n:Zone) ON (n.evil)"),
                Arguments.of("DROP INDEX zone_name"),
                Arguments.of("DROP CONSTRAINT zone_id"),
                Arguments.of("CREATE CONSTRAINT evil FOR (n:Evil) REQUIRE n.id IS UNIQUE"),
                Arguments.of("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"),
                Arguments.of("LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row"),
                Arguments.of("CALL db.createLabel('Evil')"),
                Arguments.of("CALL db.createProperty('evil')"),
                Arguments.of("CALL db.clearQueryCaches()"),
                Arguments.of("CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')"),
                Arguments.of("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()"),
                Arguments.of("CALL dbms.listConfig() YIELD name RETURN name"),
                Arguments.of("SHOW TRANSACTIONS"),
                Arguments.of("TERMINATE TRANSACTIONS 'neo4j-transaction-1'"),
                Arguments.of("SHOW USERS"),
                Arguments.of("CREATE USER evil SET PASSWORD 'evil-password'"),
                Arguments.of("CREATE DATABASE evil"),
                Arguments.of("USE system SHOW USERS"),
                Arguments.of("CALL { USE system RETURN 1 AS x } RETURN x"),
                Arguments.of("MATCH (z:Zone) RETURN z; CREATE (:Evil)"),
                Arguments.of("CALL apoc.load.json('file:///etc/passwd')"));
    }

    @ParameterizedTest
    @MethodSource("forbidden")
    void refusesAnythingButReadingAndLeavesTheGraphAsItWas(String statement) {
        var before = stats.read();

        var reply = cypher(statement, Map.of());

        assertThat(reply.status()).as(reply.body()).isIn(400, 403);
        assertThat(reply.json().at("/error/message").asString()).isNotBlank();
        assertThat(reply.body()).doesNotContain("\"rows\"");
        assertThat(stats.read()).isEqualTo(before);
    }

    @Test
    void writesAreRefusedWithTheReason() {
        var reply = cypher("CREATE (:Zone {id: 'zone:evil'})", Map.of());
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().at("/error/message").asString()).contains("not read-only");

        var file = cypher("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", Map.of());
        assertThat(file.status()).isEqualTo(403);
        assertThat(file.json().at("/error/message").asString()).contains("LOAD CSV");

        var procedure = cypher("CALL dbms.listConfig() YIELD name RETURN name", Map.of());
        assertThat(procedure.status()).isEqualTo(403);
        assertThat(procedure.json().at("/error/message").asString()).contains("dbms.listConfig");
    }

    @Test
    void readOnlyProceduresAreAllowed() {
        var reply = cypher("CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node.id AS id",
                Map.of("q", "比亚迪"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("rows").valueStream().map(r -> r.get("id").asString())).contains("ent:byd");
        assertThat(cypher("CALL db.labels() YIELD label RETURN label", Map.of()).status()).isEqualTo(200);
    }

    /** A small RFC 4180 reader: quoted cells, doubled quotes, CRLF line ends. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return lines;
    }
}
