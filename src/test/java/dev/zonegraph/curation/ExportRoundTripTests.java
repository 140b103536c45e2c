package dev.zonegraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.ZonegraphApplication;
import dev.zonegraph.graph.EmbeddedNeo4j;
import dev.zonegraph.graph.EmbeddedProperties;
import dev.zonegraph.graph.Neo4jProperties;
import dev.zonegraph.stats.GraphStats;
import dev.zonegraph.stats.GraphStatsReader;
import dev.zonegraph.support.Credentials;
import dev.zonegraph.support.CurationIntegrationTest;
import dev.zonegraph.support.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The current graph (the seed and curated facts) exported and loaded into an empty Neo4j gives the same counts:
 * the facts files through {@code --import} (history apart, which they do not carry), the Cypher script with
 * everything.
 */
@CurationIntegrationTest
class ExportRoundTripTests {

    static final Set<String> HISTORY = Set.of("Change", "Revision", "CHANGED", "CITES", "RECORDED");

    @LocalServerPort
    int port;

    @Autowired
    GraphStatsReader stats;

    @Autowired
    GraphExport cypher;

    @Autowired
    FactsExport facts;

    @TempDir
    Path temp;

    @Test
    void exportedFactsImportedIntoAnEmptyNeo4jGiveTheSameCounts() throws Exception {
        curate();
        GraphStats source = stats.read();
        Path files = temp.resolve("export");
        facts.write(files);

        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ZonegraphApplication.class.getName(),
                "--import=" + files, "--zonegraph.embedded.data-dir=" + temp.resolve("db"),
                "--zonegraph.embedded.bolt-port=0", "--zonegraph.seed.load-on-start=false"));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        try (var neo4j = start(temp.resolve("db")); var driver = GraphDatabase.driver(neo4j.boltUri(),
                AuthTokens.none()); var session = driver.session()) {
            assertThat(counts(session, false)).isEqualTo(withoutHistory(source));
        }
    }

    @Test
    void theCypherExportLoadedIntoAnEmptyNeo4jGivesTheSameCountsHistoryIncluded() throws Exception {
        curate();
        GraphStats source = stats.read();
        String script = cypher.cypher();

        assertThat(script).contains("ent:qinchu-export", "`Change`");
        try (var neo4j = start(temp.resolve("cypher-db")); var driver = GraphDatabase.driver(neo4j.boltUri(),
                AuthTokens.none()); var session = driver.session()) {
            for (String statement : statements(script)) {
                session.run(statement).consume();
            }
            assertThat(counts(session, true)).isEqualTo(counts(source, true));
        }
    }

    /** Curated facts of this class's own, so that what it exports holds more than the seed. */
    private void curate() {
        var curator = new Curator(new Http(port).withHeaders(Credentials.CURATOR));
        curator.addArticle(Curator.article());
        var payload = curator.assertFacts(Map.of("article", Curator.ARTICLE_ID,
                "entities", List.of(Map.of("id", "ent:qinchu-export", "label", "Enterprise", "name", "秦储电池",
                        "evidence", Map.of("quote", "秦储电池由西安高新区管委会引进。"))),
                "relations", List.of(Map.of("from", "ent:qinchu-export", "type", "LOCATED_IN", "to", "zone:xian",
                        "evidence", Map.of("quote", "西安高新区新落户的秦储电池有限公司")))));
        assertThat(payload.get("userErrors").isEmpty()).as(payload.toString()).isTrue();
    }

    static List<String> statements(String script) {
        return Arrays.stream(script.split(";\\R")).map(s -> s.replaceAll("(?m)^//.*$", "").strip())
                .filter(s -> !s.isEmpty()).toList();
    }

    private static EmbeddedNeo4j start(Path home) {
        return EmbeddedNeo4j.start(new EmbeddedProperties(home, "127.0.0.1", 0, false),
                new Neo4jProperties("", "neo4j", "", "neo4j", Duration.ofSeconds(10)));
    }

    private static List<String> counts(Session session, boolean history) {
        var counts = new ArrayList<String>();
        session.run("MATCH (n) UNWIND labels(n) AS name RETURN name, count(*) AS count ORDER BY name")
                .forEachRemaining(r -> counts.add(r.get("name").asString() + "=" + r.get("count").asLong()));
        session.run("MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count ORDER BY name")
                .forEachRemaining(r -> counts.add(r.get("name").asString() + "=" + r.get("count").asLong()));
        return history ? counts : counts.stream().filter(c -> !HISTORY.contains(c.substring(0, c.indexOf('='))))
                .toList();
    }

    private static List<String> counts(GraphStats stats, boolean history) {
        var counts = new ArrayList<String>();
        stats.labels().forEach(c -> counts.add(c.name() + "=" + c.count()));
        stats.relationshipTypes().forEach(c -> counts.add(c.name() + "=" + c.count()));
        return history ? counts : counts.stream().filter(c -> !HISTORY.contains(c.substring(0, c.indexOf('='))))
                .toList();
    }

    private static List<String> withoutHistory(GraphStats stats) {
        return counts(stats, false);
    }
}
