package dev.zonegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.ZonegraphApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --load-seeds} (or {@code --import}) pointed at the data folder and Bolt port of a running service: the
 * service is recognised (its port is busy and its store is locked) and the user is told the URI to use.
 */
class RunningServiceTests {

    @TempDir
    Path temp;

    @Test
    void loadingIntoARunningServiceNamesTheUriToUse() throws Exception {
        try (var running = EmbeddedNeo4j.start(new EmbeddedProperties(temp, "127.0.0.1", 0, false),
                new Neo4jProperties("", "neo4j", "", "neo4j", Duration.ofSeconds(10)))) {
            var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ZonegraphApplication.class.getName(),
                    "--load-seeds", "--zonegraph.embedded.data-dir=" + temp,
                    "--zonegraph.embedded.bolt-port=" + running.boltPort());
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

            assertThat(process.exitValue()).as(output).isEqualTo(1);
            assertThat(output).contains("a zonegraph service is already running on the data folder",
                    "add --zonegraph.neo4j.uri=neo4j://127.0.0.1:" + running.boltPort());
        }
    }
}
