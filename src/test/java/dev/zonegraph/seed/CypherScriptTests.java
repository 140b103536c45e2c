package dev.zonegraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.curation.GraphExport;
import dev.zonegraph.graph.EmbeddedNeo4j;
import dev.zonegraph.graph.EmbeddedProperties;
import dev.zonegraph.graph.Neo4jProperties;
import dev.zonegraph.stats.GraphStats;
import dev.zonegraph.stats.GraphStatsReader;
import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * cypher/seed-graph.cypher is the export of the seeded graph ({@code --export-cypher}) as it is now (rewrite it with
 * {@code -Dseed-graph.update=true}), and loading it into an empty Neo4j gives the graph the service loads.
 */
@ZonegraphIntegrationTest
class CypherScriptTests {

    static final Path SCRIPT = Path.of("cypher/seed-graph.cypher");

    @Autowired
    GraphStatsReader stats;

    @Autowired
    GraphExport export;

    @TempDir
    Path temp;

    @Test
    void committedScriptIsTheExportOfTheSeedGraph() throws IOException {
        String exported = export.cypher();
        if (Boolean.getBoolean("seed-graph.update")) {
            Files.writeString(SCRIPT, exported);
        }
        assertThat(Files.readString(SCRIPT))
                .as("cypher/seed-graph.cypher is stale: ./mvnw test -Dtest=CypherScriptTests -Dseed-graph.update=true")
                .isEqualTo(exported);
    }

    @Test
    void scriptLoadedIntoAnEmptyDatabaseGivesTheSameCounts() throws IOException {
        GraphStats loadedByService = stats.read();
        String[] statements = Arrays.stream(Files.readString(SCRIPT).split(";\\R"))
                .map(s -> s.replaceAll("(?m)^//.*$", "").strip()).filter(s -> !s.isEmpty()).toArray(String[]::new);

        try (var neo4j = EmbeddedNeo4j.start(new EmbeddedProperties(temp, "127.0.0.1", 0, false),
                new Neo4jProperties("", "neo4j", "", "neo4j", Duration.ofSeconds(10)));
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
                var session = driver.session()) {
            for (String statement : statements) {
                session.run(statement).consume();
            }
            var labels = session.run("MATCH (n) UNWIND labels(n) AS name RETURN name, count(*) AS count ORDER BY name")
                    .list(r -> new GraphStats.Count(r.get("name").asString(), r.get("count").asLong()));
            var types = session.run("MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count ORDER BY name")
                    .list(r -> new GraphStats.Count(r.get("name").asString(), r.get("count").asLong()));

            assertThat(labels).isEqualTo(loadedByService.labels());
            assertThat(types).isEqualTo(loadedByService.relationshipTypes());
        }
    }
}
