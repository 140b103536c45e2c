package dev.zonegraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.ZonegraphApplication;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --load-seeds} loads into the configured Neo4j with progress and a summary, then exits 0 (no web server). */
class SeedCommandTests {

    @TempDir
    Path temp;

    @Test
    void loadSeedsRunsAsAOneShotCommand() throws Exception {
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ZonegraphApplication.class.getName(),
                "--load-seeds", "--zonegraph.embedded.data-dir=" + temp.resolve("db"),
                "--zonegraph.embedded.bolt-port=0");
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Seed [1/6] article:xian", "Seed [6/6] article:weinan", "Seed loaded: 6 articles",
                "Nodes per label: Article=6", "Relationships per type: ");
        assertThat(output).doesNotContain("Tomcat started");
    }
}
