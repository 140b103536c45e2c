package dev.zonegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark end to end on a tiny graph, briefly: it generates, serves, drives every operation without an error
 * and writes its table. It asserts nothing about timings.
 */
class BenchmarkSmokeTests {

    @TempDir
    Path folder;

    @Test
    void runsEveryOperationWithoutErrorsAndWritesTheResults() throws Exception {
        var options = Benchmark.parse(new String[] {"--enterprises=300", "--seed=7", "--duration=1s", "--warmup=200ms",
                "--concurrency=2"}).withOut(folder).withData(folder.resolve("db")).withQuiet(false);
        var console = new ByteArrayOutputStream();

        var report = Benchmark.run(options, new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(report.rows()).extracting(Benchmark.Row::operation).containsExactly("lookup", "zone-page",
                "national-filter", "search", "indicator-aggregate", "project-aggregate");
        assertThat(report.rows()).allSatisfy(row -> {
            assertThat(row.requests()).as(row.operation()).isPositive();
            assertThat(row.errors()).as(row.operation() + "\n" + console).isZero();
            assertThat(row.cypherRequests()).as(row.operation()).isPositive();
            assertThat(row.cypherErrors()).as(row.operation() + "\n" + console).isZero();
            assertThat(row.statementsPerRequest()).as(row.operation()).isGreaterThan(0);
        });
        assertThat(report.writes()).extracting(Writes.Result::batch).containsExactly(1, 100);
        assertThat(report.writes()).allSatisfy(w -> {
            assertThat(w.writes().errors()).as("writes of %d\n%s", w.batch(), console).isZero();
            assertThat(w.reads().errors()).as("reads under writes of %d\n%s", w.batch(), console).isZero();
        });
        assertThat(report.markdown()).isEqualTo(folder.resolve("results-300.md"));
        String markdown = Files.readString(report.markdown());
        List<String> tableRows = markdown.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| operation")
                && !l.startsWith("| setting") && report.rows().stream().anyMatch(r -> l.startsWith("| " + r.operation() + " ")))
                .toList();
        assertThat(tableRows).hasSize(report.rows().size());
        List<String> csv = Files.readAllLines(folder.resolve("results-300.csv"));
        assertThat(csv).hasSize(1 + report.rows().size());
        assertThat(csv.get(0)).startsWith("size,enterprises,seed,");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("Imported ").contains("elements/s");
    }

    @Test
    void readsSizesAndDurationsAsDocumented() {
        assertThat(Benchmark.count("10k")).isEqualTo(10_000);
        assertThat(Benchmark.count("100k")).isEqualTo(100_000);
        assertThat(Benchmark.count("1m")).isEqualTo(1_000_000);
        assertThat(Benchmark.count("2500")).isEqualTo(2_500);
        assertThat(Benchmark.duration("20s")).isEqualTo(Duration.ofSeconds(20));
        assertThat(Benchmark.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        var options = Benchmark.parse(new String[] {"--enterprises=100k --duration=15s", "--concurrency=8"});
        assertThat(options.enterprises()).isEqualTo(100_000);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(15));
        assertThat(options.concurrency()).isEqualTo(8);
        assertThat(options.dataDir()).isEqualTo(Path.of("target/bench/db-100k"));
    }

    @Test
    void generatesTheSameGraphForTheSameSeed() {
        String first = digest(new LargeGraph(6_000, 11));
        assertThat(digest(new LargeGraph(6_000, 11))).isEqualTo(first);
        assertThat(digest(new LargeGraph(6_000, 12))).isNotEqualTo(first);
        assertThat(new LargeGraph(6_000, 11).size().nodes()).isGreaterThan(6_000 * 3);
    }

    /** A hash of every row in order. */
    private static String digest(LargeGraph graph) {
        var hash = new StringBuilder();
        long[] h = {1125899906842597L};
        graph.generate(new LargeGraph.Sink() {
            @Override
            public void nodes(String label, List<Map<String, Object>> rows) {
                add(label + rows);
            }

            @Override
            public void relationships(String fromLabel, String type, String toLabel, List<Map<String, Object>> rows) {
                add(fromLabel + type + toLabel + rows);
            }

            private void add(String text) {
                h[0] = 31 * h[0] + text.hashCode();
            }
        });
        return hash.append(h[0]).toString();
    }
}
