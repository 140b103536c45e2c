package dev.zonegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.GraphDatabase;
import org.springframework.util.unit.DataSize;

/** The embedded Neo4j runs with the memory limits it is given, not Neo4j's own defaults. */
class EmbeddedMemoryTests {

    @TempDir
    Path home;

    @Test
    void embeddedNeo4jGetsTheConfiguredLimits() {
        var memory = new EmbeddedMemory(DataSize.ofMegabytes(24), DataSize.ofMegabytes(12), DataSize.ofMegabytes(40));
        try (var neo4j = EmbeddedNeo4j.start(new EmbeddedProperties(home, "127.0.0.1", 0, false), memory,
                new Neo4jProperties("", "neo4j", "", "neo4j", Duration.ofSeconds(10)));
                var driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.login());
                var session = driver.session()) {
            Map<String, String> settings = new HashMap<>();
            session.run("CALL dbms.listConfig() YIELD name, value WHERE name IN $names RETURN name, value",
                    Map.of("names", List.of("server.memory.pagecache.size", "db.memory.transaction.max",
                            "dbms.memory.transaction.total.max")))
                    .forEachRemaining(r -> settings.put(r.get("name").asString(), r.get("value").asString()));

            assertThat(settings).containsEntry("server.memory.pagecache.size", "24.00MiB")
                    .containsEntry("db.memory.transaction.max", "12.00MiB")
                    .containsEntry("dbms.memory.transaction.total.max", "40.00MiB");
        }
    }
}
