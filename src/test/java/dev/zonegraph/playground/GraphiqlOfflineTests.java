package dev.zonegraph.playground;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Http;
import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The playground works with no internet: the page and everything it loads (scripts, styles, chunks, monaco's web
 * workers, fonts) come from this service, and no script points at any other host.
 */
@ZonegraphIntegrationTest
class GraphiqlOfflineTests {

    /** Attribute values in the page: every one must be a relative path. */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(?:src|href)=\"([^\"]+)\"");
    /** Vite's hashed file names, as chunks and workers refer to each other. */
    private static final Pattern ASSET = Pattern.compile("(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]+-[A-Za-z0-9_-]{8}\\.(?:js|css|ttf|svg|woff2?)");
    private static final Pattern URL = Pattern.compile("https?://([A-Za-z0-9.-]+)");
    /**
     * Hosts that occur in the bundle but are never requested: XML and JSON-schema namespace names, links a user may
     * click (keyboard shortcuts, credits) and documentation links inside error messages.
     */
    private static final Set<String> INERT_HOSTS = Set.of("www.w3.org", "json-schema.org", "github.com",
            "code.visualstudio.com", "react.dev", "yarnpkg.com", "prettier.io", "en.wikipedia.org", "commonmark.org",
            "www.onegraph.com", "microsoft.com");

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void playgroundPathRedirectsToThePageFolder() {
        var reply = http.get("/graphiql");
        assertThat(reply.status()).isEqualTo(302);
    }

    @Test
    void pageAndEveryAssetItLoadsComeFromTheService() {
        var page = http.get("/graphiql/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"graphiql\"");

        var attributes = ATTRIBUTE.matcher(page.body()).results().map(m -> m.group(1)).toList();
        assertThat(attributes).isNotEmpty().allSatisfy(value -> assertThat(value).startsWith("./assets/"));

        Set<String> fetched = new LinkedHashSet<>();
        var pending = new ArrayDeque<String>();
        ASSET.matcher(page.body()).results().forEach(m -> pending.add(m.group()));
        while (!pending.isEmpty()) {
            String name = pending.poll();
            if (!fetched.add(name)) {
                continue;
            }
            var asset = http.get("/graphiql/assets/" + name);
            assertThat(asset.status()).as(name).isEqualTo(200);
            if (!name.endsWith(".ttf")) {
                ASSET.matcher(asset.body()).results().forEach(m -> pending.add(m.group()));
                assertThat(URL.matcher(asset.body()).results().map(m -> m.group(1)))
                        .as("hosts named in %s", name).allMatch(INERT_HOSTS::contains);
            }
        }
        // The editor cannot run without its workers; they must be among what the page pulls in.
        assertThat(fetched).filteredOn(n -> n.contains(".worker-")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(fetched).anyMatch(n -> n.endsWith(".ttf"));
    }

    @Test
    void pagesDefaultQueryEndpointIsThisService() {
        var page = http.get("/graphiql/");
        String entry = ASSET.matcher(page.body()).results().map(m -> m.group())
                .filter(n -> n.startsWith("index-") && n.endsWith(".js")).findFirst().orElseThrow();
        assertThat(http.get("/graphiql/assets/" + entry).body()).contains("url:\"/graphql\"");
    }
}
