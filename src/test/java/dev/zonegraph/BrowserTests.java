package dev.zonegraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.graph.EmbeddedNeo4j;
import dev.zonegraph.support.Http;
import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Neo4j Browser is served by the service, pointed at the embedded Bolt port, and kept from calling other hosts. */
@ZonegraphIntegrationTest
class BrowserTests {

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
    void browserPathSendsTheAnalystToThePageWithTheBoltAddress() {
        var reply = http.get("/browser");
        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith("/browser/?dbms=neo4j%3A%2F%2F127.0.0.1%3A" + embedded.boltPort())
                .endsWith("&preselectAuthMethod=NO_AUTH"));
    }

    @Test
    void browserPathPassesAnEditorCommandOn() {
        var reply = http.get("/browser?cmd=edit&arg=" + URLEncoder.encode("MATCH (n:Zone {id: \"zone:xian\"}) RETURN n",
                StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .contains("&preselectAuthMethod=NO_AUTH&cmd=edit&arg=MATCH%20%28n%3AZone%20%7Bid%3A%20%22zone%3Axian%22%7D%29%20RETURN%20n"));
    }

    @Test
    void pageAndItsScriptsComeFromTheServiceUnderAPolicyThatAllowsNoOtherHost() {
        var page = http.get("/browser/");
        assertThat(page.status()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "script-src 'self';", "font-src 'self' data:;",
                "connect-src 'self' ws://127.0.0.1:" + embedded.boltPort());
        assertThat(policy).doesNotContain("googleapis", "segment", "canny", "sentry", "*");

        var scripts = Pattern.compile("src=\"([^\"]+\\.js)\"").matcher(page.body()).results().map(m -> m.group(1))
                .toList();
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(3).allSatisfy(src -> {
            assertThat(src).doesNotStartWith("http");
            assertThat(http.get("/browser/" + src).status()).as(src).isEqualTo(200);
        });
    }

    @Test
    void originAnswersTheDiscoveryDocument() {
        var reply = http.send("GET", "/", Map.of("Accept", "application/json"));
        assertThat(reply.json().get("bolt_routing").asString()).isEqualTo(embedded.boltUri());
        assertThat(reply.json().get("bolt_direct").asString()).startsWith("bolt://127.0.0.1:");
    }

    @Test
    void boltPortAcceptsTheWebSocketTheBrowserOpens() throws Exception {
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://127.0.0.1:" + embedded.boltPort() + "/"), new WebSocket.Listener() { })
                .get(10, TimeUnit.SECONDS);
        assertThat(socket.isOutputClosed()).isFalse();
        socket.abort();
    }
}
