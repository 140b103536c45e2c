package dev.zonegraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.stats.GraphStats;
import dev.zonegraph.stats.GraphStatsReader;
import dev.zonegraph.support.CurationIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Importing an article file and its facts file goes through the mutations' write path in one transaction: written
 * once with a change per file, skipped when imported again, and refused whole, with line numbers, when a file is bad.
 */
@CurationIntegrationTest
class ImportTests {

    static final String ARTICLE = """
            id: article:test-chengdu-chip
            title: 成都高新区芯片项目投产
            published: "2022-03-02"
            authors: [李明]
            byline: 记者 李明
            text: |
              成都高新区芯蓉半导体项目日前投产。
              项目总投资20亿元。
            """;

    static final String FACTS = """
            article: article:test-chengdu-chip
            entities:
              - id: proj:xinrong-semiconductor
                label: Project
                name: 芯蓉半导体项目
                props: {kind: PROJECT, investment: {value: 20, unit: 亿元, qualifier: null}}
                quote: 成都高新区芯蓉半导体项目日前投产。
              - id: person:li-ming
                label: Person
                name: 李明
                quote: 记者 李明
            relations:
              - {from: proj:xinrong-semiconductor, type: LOCATED_IN, to: zone:chengdu, quote: 成都高新区芯蓉半导体项目}
            """;

    @Autowired
    CurationService curation;

    @Autowired
    GraphStatsReader stats;

    @TempDir
    Path temp;

    @Test
    void filesAreImportedOnceAndSkippedTheSecondTime() throws IOException {
        Files.writeString(temp.resolve("chip.article.yaml"), ARTICLE);
        Files.writeString(temp.resolve("chip.facts.yaml"), FACTS);

        var first = importFolder();
        GraphStats after = stats.read();
        var second = importFolder();

        assertThat(first.problems()).isEmpty();
        assertThat(first.lines()).anySatisfy(l -> assertThat(l).contains("chip.facts.yaml: written (2 nodes"));
        assertThat(second.lines()).allSatisfy(l -> assertThat(l).contains("already in the graph"));
        assertThat(stats.read()).isEqualTo(after);
        assertThat(GraphStats.countOf(after.relationshipTypes(), "WROTE")).isPositive();
    }

    @Test
    void aBadFactRefusesTheWholeImportWithItsLine() throws IOException {
        Files.writeString(temp.resolve("bad.article.yaml"), ARTICLE.replace("test-chengdu-chip", "test-chengdu-bad"));
        Files.writeString(temp.resolve("bad.facts.yaml"), FACTS.replace("test-chengdu-chip", "test-chengdu-bad")
                .replace("xinrong-semiconductor", "xinrong-bad").replace("to: zone:chengdu", "to: region:chengdu"));
        GraphStats before = stats.read();

        var outcome = importFolder();

        List<String> lines = Files.readAllLines(temp.resolve("bad.facts.yaml"));
        int line = lines.indexOf(lines.stream().filter(l -> l.contains("to: region:chengdu")).findFirst().orElseThrow());
        int column = lines.get(line).indexOf("region:chengdu");
        assertThat(outcome.problems()).containsExactly(temp.resolve("bad.facts.yaml") + ":" + (line + 1) + ":"
                + (column + 1) + ": relation proj:xinrong-bad -LOCATED_IN-> region:chengdu: LOCATED_IN cannot end at a"
                + " Region (only [Zone])");
        assertThat(stats.read()).isEqualTo(before);
    }

    private Importer.Outcome importFolder() {
        var found = ImportFiles.collect(List.of(temp.toString()));
        assertThat(found.problems()).isEmpty();
        return curation.importFiles(found.files(), "tester");
    }
}
