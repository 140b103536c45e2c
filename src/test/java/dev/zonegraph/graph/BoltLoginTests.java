package dev.zonegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zonegraph.ZonegraphApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * When embedded Bolt listens beyond loopback, the service turns a login on by itself: generated at the first start,
 * kept in the data folder for its owner only, and the same at the next start.
 */
class BoltLoginTests {

    @TempDir
    Path data;

    @Test
    void exposedBoltGetsAGeneratedLoginThatTheServiceAndToolsUse() throws Exception {
        String password = null;
        for (int start = 1; start <= 2; start++) {
            try (var service = new SpringApplicationBuilder(ZonegraphApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--zonegraph.embedded.data-dir=" + data, "--zonegraph.embedded.bolt-address=0.0.0.0",
                            "--zonegraph.embedded.bolt-port=0", "--zonegraph.seed.load-on-start=false")) {
                Path file = data.resolve(BoltLogin.FILE);
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
                String stored = Files.readString(file).strip();
                assertThat(stored).hasSizeGreaterThanOrEqualTo(20);
                if (password != null) {
                    assertThat(stored).as("the login of the first start").isEqualTo(password);
                }
                password = stored;

                var embedded = service.getBean(EmbeddedNeo4j.class);
                assertThat(embedded.authEnabled()).isTrue();
                String uri = "bolt://127.0.0.1:" + embedded.boltPort();
                try (var driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", stored))) {
                    driver.verifyConnectivity();
                }
                try (var driver = GraphDatabase.driver(uri, AuthTokens.none())) {
                    assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
                }
            }
        }
    }
}
