package dev.zonegraph.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.extract.EntityIndex;
import dev.zonegraph.graph.Graph;
import dev.zonegraph.support.CurationIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The graph's entities as the extractor resolves names against them, fetched by the names an article mentions through
 * the full-text index: every name resolves exactly as it would against every entity of the graph held in memory.
 */
@CurationIntegrationTest
class KnownEntitiesTests {

    /** Names the CJK analyzer splits unlike their prefixes: a lone last character, Latin and digits, quotes. */
    static final List<Map<String, Object>> AWKWARD = List.of(
            Map.of("id", "ent:test-known-abb", "name", "ABB中有限公司", "aliases", List.of()),
            Map.of("id", "ent:test-known-byd", "name", "比亚迪20GWh电池有限公司", "aliases", List.of()),
            Map.of("id", "ent:test-known-quote", "name", "\"星\\火\"科技股份有限公司", "aliases", List.of()),
            Map.of("id", "ent:test-known-tcl", "name", "TCL科技集团股份有限公司", "aliases", List.of("TCL")));

    @Autowired
    Graph graph;

    @Autowired
    Driver driver;

    @BeforeEach
    void createAwkwardNames() {
        driver.executableQuery("UNWIND $rows AS row CREATE (n:Enterprise) SET n = row")
                .withParameters(Map.of("rows", AWKWARD)).execute();
    }

    @AfterEach
    void removeThem() {
        driver.executableQuery("MATCH (n:Enterprise) WHERE n.id STARTS WITH 'ent:test-known-' DETACH DELETE n")
                .execute();
    }

    @Test
    void everyNameAliasAndNormalisedFormResolvesAsAgainstTheWholeGraph() {
        var all = driver.executableQuery("""
                MATCH (n:Zone|Enterprise|Brand|Award|Policy|Project|Organization|Region|Person|Industry)
                RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, coalesce(n.aliases, []) AS aliases""")
                .execute().records().stream().map(r -> new EntityIndex.Known(r.get("id").asString(),
                        r.get("label").asString(), r.get("name").asString(""), r.get("aliases")
                        .asList(Value::asString))).toList();
        assertThat(all).hasSizeGreaterThan(100);
        var whole = new EntityIndex(all);
        List<String[]> asked = new ArrayList<>();
        for (var k : all) {
            var names = new ArrayList<String>(k.aliases());
            names.add(k.name());
            for (String name : names.stream().filter(n -> n.length() > 1).toList()) {
                for (String form : List.of(name, name + "有限公司", name + "集团", name.substring(0, name.length() - 1))) {
                    asked.add(new String[] {k.label(), form});
                }
            }
        }
        graph.read(tx -> {
            var fetched = KnownEntities.index(tx).lookUp(asked.stream().map(a -> a[1]).toList());
            var fresh = KnownEntities.index(tx);
            for (String[] a : asked) {
                Optional<String> expected = whole.find(a[0], a[1]).map(EntityIndex.Known::id);
                assertThat(fetched.find(a[0], a[1]).map(EntityIndex.Known::id)).as("%s %s", a[0], a[1])
                        .isEqualTo(expected);
                assertThat(fresh.find(a[0], a[1]).map(EntityIndex.Known::id)).as("%s %s, one at a time", a[0], a[1])
                        .isEqualTo(expected);
            }
            return null;
        });
        assertThat(asked.stream().filter(a -> whole.find(a[0], a[1]).isPresent()).count())
                .isGreaterThan(all.size());
    }

    @Test
    void theAwkwardNamesResolveByNameAliasAndNormalisedForm() {
        graph.read(tx -> {
            var index = KnownEntities.index(tx);
            assertThat(index.find("Enterprise", "ABB中").map(EntityIndex.Known::id)).hasValue("ent:test-known-abb");
            assertThat(index.find("Enterprise", "ABB中集团").map(EntityIndex.Known::id)).hasValue("ent:test-known-abb");
            assertThat(index.find("Enterprise", "比亚迪20GWh电池公司").map(EntityIndex.Known::id))
                    .hasValue("ent:test-known-byd");
            assertThat(index.find("Enterprise", "\"星\\火\"科技").map(EntityIndex.Known::id))
                    .hasValue("ent:test-known-quote");
            assertThat(index.find("Enterprise", "TCL科技").map(EntityIndex.Known::id)).hasValue("ent:test-known-tcl");
            assertThat(index.find("Enterprise", "TCL").map(EntityIndex.Known::id)).hasValue("ent:test-known-tcl");
            assertThat(index.find("Enterprise", "比亚迪20").map(EntityIndex.Known::id)).isEmpty();
            assertThat(index.find("Zone", "TCL")).isEmpty();
            return null;
        });
    }

    @Test
    void theRegionsAreHeldWholeIdsAreCheckedAndOnlySearchablePrefixesAreLookedUp() {
        graph.read(tx -> {
            var index = KnownEntities.index(tx);
            assertThat(index.find("Region", "西安市").map(EntityIndex.Known::id)).hasValue("region:xian");
            assertThat(index.lookUp(List.of("中", "“”")).find("Enterprise", "中")).isEmpty();
            var lookup = new KnownEntities(tx);
            assertThat(lookup.exists("ent:test-known-tcl")).isTrue();
            assertThat(lookup.exists("region:xian")).isTrue();
            assertThat(lookup.exists("ent:test-known-none")).isFalse();
            assertThat(lookup.startingWith(List.of("中", "“”"))).isEmpty();
            return null;
        });
        assertThat(KnownEntities.phrase("ABB中")).isEqualTo("\"ABB\"");
        assertThat(KnownEntities.phrase("\"星\\火\"科技")).isEqualTo("\"\\\"星\\\\火\\\"科技\"");
        assertThat(KnownEntities.phrase("中")).isEmpty();
        assertThat(KnownEntities.phrase("“”")).isEmpty();
    }
}
