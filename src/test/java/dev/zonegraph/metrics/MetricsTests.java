package dev.zonegraph.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Credentials;
import dev.zonegraph.support.Http;
import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Prometheus endpoint shows the service's meters after real requests; each request is logged on one line. */
@ZonegraphIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MetricsTests {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void prometheusShowsRequestTimersErrorsStatementsPoolAndConsoleAfterRequests() {
        assertThat(http.graphql("query MetricsProbe { zone(id: \"zone:xian\") { name } }").status()).isEqualTo(200);
        http.graphql("query MetricsBadFirst { zones(first: 500) { totalCount } }");
        http.post("/cypher", "application/json", "{\"statement\": \"MATCH (z:Zone) RETURN count(z) AS zones\"}");
        http.post("/cypher", "application/json", "{\"statement\": \"CREATE (:Nope)\"}");

        assertThat(http.get("/actuator/prometheus").status()).as("for operators only").isEqualTo(401);
        var reply = http.withHeaders(Credentials.OPERATOR).get("/actuator/prometheus");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(line(reply.body(), "graphql_request_seconds_count{", "graphql_operation_name=\"MetricsProbe\""))
                .contains("graphql_operation_type=\"query\"", "graphql_outcome=\"SUCCESS\"").endsWith(" 1");
        assertThat(line(reply.body(), "zonegraph_graphql_statements_sum{", "operation=\"MetricsProbe\""))
                .endsWith(" 1.0");
        assertThat(line(reply.body(), "zonegraph_graphql_errors_total{", "operation=\"MetricsBadFirst\""))
                .contains("classification=\"BAD_REQUEST\"").endsWith(" 1.0");
        assertThat(line(reply.body(), "zonegraph_console_statements_seconds_count{", "outcome=\"rows\""))
                .isNotNull();
        assertThat(line(reply.body(), "zonegraph_console_statements_seconds_count{", "outcome=\"refused\""))
                .isNotNull();
        assertThat(value(line(reply.body(), "neo4j_driver_connections_acquired_total ", ""))).isPositive();
        assertThat(value(line(reply.body(), "neo4j_driver_connections_opened_total ", ""))).isPositive();
        assertThat(value(line(reply.body(), "neo4j_driver_connections{", "state=\"idle\""))).isPositive();
        assertThat(reply.body()).doesNotContain("graphql_datafetcher");
    }

    @Test
    void eachRequestIsLoggedOnOneLineWithoutVariableValues(CapturedOutput output) {
        http.graphql("query LogProbe($id: ID!) { zone(id: $id) { name } }", Map.of("id", "zone:secret-value-7"));

        String line = logLine(output.getAll(), "graphql operation=LogProbe ");
        assertThat(line).contains("type=query", "outcome=SUCCESS", "errors=-", "statements=1", "variables=id",
                "durationMs=");
        assertThat(output.getAll()).doesNotContain("secret-value-7");
    }

    @Test
    void failedRequestIsLoggedWithItsErrorClassification(CapturedOutput output) {
        http.graphql("query LogBadFirst { zones(first: 500) { totalCount } }");

        assertThat(logLine(output.getAll(), "graphql operation=LogBadFirst "))
                .contains("outcome=ERROR", "errors=BAD_REQUEST:1");
    }

    /** The one line starting with {@code start} and holding {@code part}. */
    static String line(String text, String start, String part) {
        var lines = Arrays.stream(text.split("\n")).map(String::strip)
                .filter(l -> l.startsWith(start) && l.contains(part)).toList();
        assertThat(lines).as("lines starting with %s holding %s", start, part).hasSize(1);
        return lines.get(0);
    }

    /** The one log line holding {@code text}. */
    static String logLine(String output, String text) {
        var lines = Arrays.stream(output.split("\n")).filter(l -> l.contains(text)).toList();
        assertThat(lines).as("log lines with %s", text).hasSize(1);
        return lines.get(0);
    }

    static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
