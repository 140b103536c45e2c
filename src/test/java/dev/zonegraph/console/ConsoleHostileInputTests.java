package dev.zonegraph.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.stats.GraphStats;
import dev.zonegraph.stats.GraphStatsReader;
import dev.zonegraph.support.Http;
import dev.zonegraph.support.LimitedIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's hostile inputs from the issues: each is answered with a typed error (or a flagged cut) well within
 * its time limit (1 s here; the bound asserted is generous, an unbounded answer took minutes), and leaves the graph
 * as it was.
 */
@LimitedIntegrationTest
class ConsoleHostileInputTests {

    static final JsonMapper json = JsonMapper.builder().build();
    static final long BOUND_MILLIS = 6_000;

    @LocalServerPort
    int port;

    @Autowired
    GraphStatsReader stats;

    Http http;
    GraphStats before;

    @BeforeEach
    void client() {
        http = new Http(port);
        before = stats.read();
    }

    @AfterEach
    void graphIsUnchanged() {
        assertThat(stats.read()).isEqualTo(before);
    }

    /** Posts the statement and checks that the answer came within the bound. */
    Http.Reply cypher(String path, String statement) {
        long started = System.nanoTime();
        var reply = http.post(path, "application/json", json.writeValueAsString(Map.of("statement", statement)));
        assertThat((System.nanoTime() - started) / 1_000_000).as(reply.body()).isLessThan(BOUND_MILLIS);
        assertThat(reply.body()).doesNotContain("\tat ", "dev.zonegraph");
        return reply;
    }

    @Test
    void answerIsCutAtTheByteLimitWhileStreaming() {
        var reply = cypher("/cypher", "UNWIND range(1, 40) AS i RETURN i, reduce(s = '', x IN range(1, 1000) | s + "
                + "'0123456789') AS text");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("truncated").asBoolean()).isTrue();
        assertThat(reply.json().get("truncatedBy").asString()).isEqualTo("zonegraph.console.max-bytes");
        assertThat(reply.json().get("rowCount").asInt()).isBetween(5, 10);
        assertThat(reply.body().length()).isLessThanOrEqualTo(100 * 1024 + 200);

        var csv = cypher("/cypher?format=csv", "UNWIND range(1, 40) AS i RETURN i, reduce(s = '', x IN range(1, 1000)"
                + " | s + '0123456789') AS text");
        assertThat(csv.headers().firstValue("X-Zonegraph-Truncated-By")).hasValue("zonegraph.console.max-bytes");
    }

    @Test
    void valueAboveItsLimitIsATypedError() {
        for (String statement : new String[] {"RETURN reduce(s = 'a', x IN range(1, 22) | s + s) AS s",
                "RETURN range(1, 100000) AS numbers"}) {
            var reply = cypher("/cypher", statement);
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            assertThat(reply.json().at("/error/code").asString()).isEqualTo("zonegraph.ValueTooLarge");
            assertThat(reply.json().at("/error/message").asString()).contains("zonegraph.console.max-value-bytes");
        }
    }

    @Test
    void neo4jRunTimeFailuresAre400WithTheirCodeAndAnErrorId() {
        var inTransactions = cypher("/cypher",
                "UNWIND range(1,3) AS i CALL { WITH i RETURN i AS j } IN TRANSACTIONS RETURN j");
        assertThat(inTransactions.status()).as(inTransactions.body()).isEqualTo(400);
        assertThat(inTransactions.json().at("/error/code").asString()).startsWith("Neo.");
        assertThat(inTransactions.json().at("/error/errorId").asString()).hasSize(36);

        var shortest = cypher("/cypher", "MATCH (a), (b) MATCH p = shortestPath((a)-[*]-(b)) RETURN count(p)");
        assertThat(shortest.status()).as(shortest.body()).isEqualTo(400);
        assertThat(shortest.json().at("/error/code").asString()).isEqualTo("Neo.DatabaseError.Statement.ExecutionFailed");
        assertThat(shortest.json().at("/error/message").asString()).contains("shortest path");
        assertThat(shortest.json().at("/error/errorId").asString()).hasSize(36);
    }

    @Test
    void transactionPastItsMemoryLimitFailsInNeo4j() {
        var reply = cypher("/cypher", "UNWIND range(1, 3000000) AS i RETURN size(collect(toString(i))) AS n");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().at("/error/code").asString())
                .isEqualTo("Neo.TransientError.General.MemoryPoolOutOfMemoryError");
        assertThat(reply.json().at("/error/message").asString()).contains("db.memory.transaction.max");
    }

    @Test
    void allowedDbmsProcedureRuns() {
        var reply = cypher("/cypher", "CALL dbms.components() YIELD name, edition RETURN name, edition");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().at("/rows/0/name").asString()).isEqualTo("Neo4j Kernel");
    }

    @Test
    void useLoadCsvAndProceduresAreJudgedOnTheParsedStatement() {
        for (String statement : new String[] {"\u00a0USE system SHOW USERS",
                "CYPHER runtime=slotted USE system MATCH (n) RETURN n",
                "/* x */ MATCH (n) CALL { USE system RETURN 1 AS x } RETURN x",
                "CALL {\u00a0USE system RETURN 1 AS x } RETURN x"}) {
            var reply = cypher("/cypher", statement);
            assertThat(reply.status()).as(statement).isEqualTo(403);
            assertThat(reply.json().at("/error/message").asString()).startsWith("USE is not allowed");
        }
        var csv = cypher("/cypher", "CYPHER runtime=slotted LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l");
        assertThat(csv.json().at("/error/message").asString()).startsWith("LOAD CSV is not allowed");
        var procedure = cypher("/cypher", "EXPLAIN CALL `dbms`.`listConfig`() YIELD name RETURN name");
        assertThat(procedure.status()).isEqualTo(403);
        assertThat(procedure.json().at("/error/message").asString()).startsWith("procedure dbms.listConfig");
        var harmless = cypher("/cypher", "MATCH (n:`USE`) RETURN 'USE system' AS text // USE system");
        assertThat(harmless.status()).as(harmless.body()).isEqualTo(200);
    }

    @Test
    void deeplyNestedStatementIsRefusedBeforeNeo4jParsesIt() {
        var reply = cypher("/cypher", "RETURN " + "(".repeat(200) + "1" + ")".repeat(200) + " AS x");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().at("/error/code").asString()).isEqualTo("zonegraph.StatementTooDeep");

        var manyNots = cypher("/cypher", "RETURN " + "NOT ".repeat(4_000) + "true AS x");
        assertThat(manyNots.status()).as(manyNots.body()).isIn(400, 408);
    }
}
