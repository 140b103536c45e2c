package dev.zonegraph.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Http;
import dev.zonegraph.support.LimitedIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The console's time limit (1 s here) cancels the transaction; its row limit (50 here) cuts and says so. */
@LimitedIntegrationTest
class ConsoleLimitsTests {

    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    Http.Reply cypher(String path, String statement) {
        return http.post(path, "application/json", json.writeValueAsString(Map.of("statement", statement)));
    }

    @Test
    void slowStatementIsCancelledWithinTwiceTheLimit() {
        long started = System.nanoTime();
        var reply = cypher("/cypher", "UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7 = 3 RETURN count(i) AS n");
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(reply.status()).as(reply.body()).isEqualTo(408);
        assertThat(reply.json().at("/error/code").asString()).isEqualTo("timeout");
        assertThat(elapsedMillis).isLessThan(2000);
        var running = driver.executableQuery("""
                SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS '2000000000'
                AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS running""").execute()
                .records().get(0).get("running").asInt();
        assertThat(running).isZero();
    }

    @Test
    void longResultIsCutAtTheRowLimitAndFlagged() {
        var reply = cypher("/cypher", "UNWIND range(1, 500) AS i RETURN i");
        assertThat(reply.json().get("rowCount").asInt()).isEqualTo(50);
        assertThat(reply.json().get("truncated").asBoolean()).isTrue();
        assertThat(reply.json().at("/rows/49/i").asInt()).isEqualTo(50);

        var csv = cypher("/cypher?format=csv", "UNWIND range(1, 500) AS i RETURN i");
        assertThat(csv.headers().firstValue("X-Zonegraph-Truncated")).hasValue("true");
        assertThat(csv.body().split("\r\n")).hasSize(51);

        var exact = cypher("/cypher", "UNWIND range(1, 50) AS i RETURN i");
        assertThat(exact.json().get("truncated").asBoolean()).isFalse();
    }
}
