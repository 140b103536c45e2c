package dev.zonegraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Http;
import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page and answer carries nosniff, frame denial and a Content-Security-Policy that forbids framing. */
@ZonegraphIntegrationTest
class SafeHeadersTests {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static void assertSafe(Http.Reply reply) {
        assertThat(reply.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(reply.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(reply.headers().allValues("Content-Security-Policy")).singleElement()
                .satisfies(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
    }

    @Test
    void graphiqlAndItsAssetsGetThePolicyItsBundleNeeds() {
        var page = http.get("/graphiql/");
        assertThat(page.status()).isEqualTo(200);
        assertSafe(page);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecuritySettings.DEFAULT_POLICY);
        assertSafe(http.get("/graphiql/assets/favicon-BsxoSpvK.svg"));
    }

    @Test
    void graphqlAnswersAndTheOriginAreCovered() {
        assertSafe(http.graphql("{ zones(first: 1) { totalCount } }"));
        assertSafe(http.send("GET", "/", Map.of("Accept", "application/json")));
        assertSafe(http.get("/no-such-page"));
    }

    @Test
    void browserKeepsItsOwnPolicyWithFramingForbidden() {
        var page = http.get("/browser/");
        assertThat(page.status()).isEqualTo(200);
        assertSafe(page);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("connect-src 'self' ws://");
    }
}
