package dev.zonegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Cypher file the service runs is registered, and every registered file exists and says what it takes. */
class CypherRegistryTests {

    static final Path CYPHER = Path.of("cypher");

    @Test
    void everyServiceFileUnderCypherIsUsed() throws IOException {
        try (Stream<Path> files = Files.walk(CYPHER)) {
            var serviceFiles = files.filter(f -> f.toString().endsWith(".cypher"))
                    .map(f -> CYPHER.relativize(f).toString())
                    // Analysts' queries, the schema and the generated export are not statements the service runs.
                    .filter(f -> !f.startsWith("queries/") && !f.equals("schema.cypher") && !f.equals("seed-graph.cypher"))
                    .toList();
            assertThat(serviceFiles).containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(Cypher.values()).map(Cypher::file).toList());
        }
    }

    @Test
    void everyRegisteredStatementHasAHeaderNamingItsParameters() {
        assertThat(Cypher.values()).allSatisfy(c -> assertThat(c.text()).startsWith("//").contains("Parameters:"));
    }
}
