package dev.zonegraph.bench;

import dev.zonegraph.support.Credentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's write operation: facts asserted per second through GraphQL's {@code assertFacts}, in batches, with
 * a read operation measured at the same time so that its latency under writes can be set beside its latency alone.
 * Every batch is new facts (fresh enterprises, half of them placed in a random zone), so each request writes.
 */
final class Writes {

    static final String ARTICLE = "article:bench-writes";
    static final String QUOTE = "新落户企业日前投产。";

    static final String ADD_ARTICLE = """
            mutation ($input: AddArticleInput!) { addArticle(input: $input) { userErrors { message } } }""";

    static final String ASSERT = """
            mutation ($input: AssertFactsInput!) { assertFacts(input: $input) {
              changed nodes relationships userErrors { path message } } }""";

    /** One measured batch size: the writes, and the reads that ran alongside. */
    record Result(int batch, Load.Stats writes, String read, Load.Stats reads) {

        double factsPerSecond() {
            return writes.throughput() * batch;
        }
    }

    private final Benchmark.GraphQlClient graphql;
    private final Benchmark.GraphQlClient curator;
    private final List<String> zones;
    private final AtomicLong next = new AtomicLong();

    Writes(Benchmark.GraphQlClient graphql, List<String> zones) throws Exception {
        this.graphql = graphql;
        this.curator = graphql.withHeaders(Credentials.CURATOR);
        this.zones = zones;
        var added = curator.call(ADD_ARTICLE, Map.of("input", Map.of("id", ARTICLE, "title", "基准测试写入",
                "text", QUOTE, "reason", "benchmark")), json -> json.at("/data/addArticle/userErrors").isEmpty());
        if (added.error()) {
            throw new IllegalStateException("the benchmark's article was refused: " + added.message());
        }
    }

    /**
     * Asserts batches of {@code batch} facts from {@code writers} clients while {@code readers} clients run
     * {@code read}, both for {@code duration} after {@code warmup}.
     */
    Result run(int batch, int writers, Benchmark.Operation read, int readers, Duration warmup, Duration duration,
            long seed) throws Exception {
        var readStats = new Load.Stats[1];
        var failure = new Exception[1];
        var reading = new Thread(() -> {
            try {
                readStats[0] = Load.run(readers, warmup, duration, seed + 1,
                        random -> graphql.call(read.document(), read.arguments().apply(random).variables()));
            } catch (Exception e) {
                failure[0] = e;
            }
        }, "bench-reads-under-writes");
        reading.start();
        Load.Stats writes = Load.run(writers, warmup, duration, seed, random -> assertBatch(batch, random));
        reading.join();
        if (failure[0] != null) {
            throw failure[0];
        }
        return new Result(batch, writes, read.name(), readStats[0]);
    }

    /** Asserts {@code batch} new facts in one request; an error unless every fact was written. */
    Load.Outcome assertBatch(int batch, SplittableRandom random) throws Exception {
        return curator.call(ASSERT, Map.of("input", facts(batch, random)),
                json -> json.at("/data/assertFacts/userErrors").isEmpty()
                        && json.at("/data/assertFacts/changed").asBoolean());
    }

    /** Removes what the benchmark's writes added (and every change record), so a reused database stays as generated. */
    static void remove(Benchmark.CypherClient cypher) {
        cypher.write("""
                MATCH (n) WHERE n:Change OR (n:Enterprise AND n.id STARTS WITH 'ent:bench-w')
                  OR (n:Article AND n.id = 'article:bench-writes')
                CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS""");
    }

    /** {@code batch} new facts: enterprises, and (from two on) as many LOCATED_IN relationships to random zones. */
    private Map<String, Object> facts(int batch, SplittableRandom random) {
        var entities = new ArrayList<Map<String, Object>>();
        var relations = new ArrayList<Map<String, Object>>();
        int enterprises = batch == 1 ? 1 : batch / 2;
        for (int i = 0; i < enterprises; i++) {
            String id = "ent:bench-w" + next.incrementAndGet();
            entities.add(Map.of("id", id, "label", "Enterprise", "name", "新落户企业" + id.substring(9),
                    "evidence", Map.of("quote", QUOTE)));
            if (batch > 1) {
                relations.add(Map.of("from", id, "type", "LOCATED_IN", "to", zones.get(random.nextInt(zones.size())),
                        "evidence", Map.of("quote", QUOTE)));
            }
        }
        return Map.of("article", ARTICLE, "entities", entities, "relations", relations, "reason", "benchmark");
    }

    static String table(List<Result> results) {
        var out = new StringBuilder("| write operation | facts/s | requests/s | write p50 ms | write p95 ms | write p99 ms"
                + " | errors | read under writes | read p50 ms | read p95 ms | read p99 ms |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| assertFacts, %d fact%s a request | %,.0f | %,.1f | %.2f | %.2f"
                    + " | %.2f | %d | %s | %.2f | %.2f | %.2f |%n", r.batch(), r.batch() == 1 ? "" : "s",
                    r.factsPerSecond(), r.writes().throughput(), r.writes().percentileMillis(50),
                    r.writes().percentileMillis(95), r.writes().percentileMillis(99), r.writes().errors(), r.read(),
                    r.reads().percentileMillis(50), r.reads().percentileMillis(95), r.reads().percentileMillis(99)));
        }
        return out.toString();
    }
}
