package dev.zonegraph.bench;

import dev.zonegraph.Sha256;
import dev.zonegraph.support.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * Proposing facts through the real path: the service as its own process ({@link ServiceProcess}) on the seed graph or
 * a generated one, a curator signed in, and for each of {@code --proposals} new articles (the extraction fixtures and
 * the seed articles, each under a new id) {@code addArticle} then {@code proposeFacts}. The first proposal after
 * start-up, which loads HanLP's dictionaries, is reported apart from the rest (p50/p90/p99/max, HdrHistogram). What it
 * added is removed afterwards, so a reused database stays as generated. It measures only.
 *
 * <pre>
 * ./mvnw -q -Pbench -Dbench.main=dev.zonegraph.bench.ProposalBenchmark -Dbench.args="--enterprises=seed"
 * ./mvnw -q -Pbench -Dbench.main=dev.zonegraph.bench.ProposalBenchmark -Dbench.args="--enterprises=100k"
 * </pre>
 */
public final class ProposalBenchmark {

    static final String ARTICLE_PREFIX = "article:bench-propose-";
    /** The articles proposed, in turn: the extraction fixtures (not written for the rules) and the seed's. */
    static final List<Path> ARTICLE_FOLDERS = List.of(Path.of("src/test/resources/extract/articles"),
            Path.of("seeds/articles"));

    static final String ADD_ARTICLE = """
            mutation ($input: AddArticleInput!) { addArticle(input: $input) { articleId userErrors { message } } }""";
    static final String PROPOSE = """
            mutation ($id: ID!) { proposeFacts(articleId: $id) { created proposals { id kind existing } } }""";

    private ProposalBenchmark() {
    }

    /** The figures of one run: the first proposal and the ones after, in ms; proposals per article on average. */
    record Result(String graph, double firstMs, Histogram rest, double proposalsPerArticle,
            double existingPerArticle, long errors) {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args, System.out);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    static Result run(String[] args, PrintStream out) throws Exception {
        var rest = new ArrayList<String>();
        String size = "seed";
        int proposals = 45;
        for (String arg : args) {
            for (String word : arg.trim().split("\\s+")) {
                if (word.startsWith("--enterprises=")) {
                    size = word.substring("--enterprises=".length());
                } else if (word.startsWith("--proposals=")) {
                    proposals = Integer.parseInt(word.substring("--proposals=".length()));
                } else if (!word.isEmpty()) {
                    rest.add(word);
                }
            }
        }
        boolean seed = size.equals("seed");
        if (!seed) {
            rest.add("--enterprises=" + size);
        }
        Benchmark.Options o = Benchmark.parse(rest.toArray(String[]::new));
        Path data;
        List<String> serviceArguments;
        if (seed) {
            data = o.out().resolve("proposal-seed-db").toAbsolutePath().normalize();
            deleteTree(data);
            serviceArguments = List.of();
        } else {
            if (!Benchmark.generated(o)) {
                Benchmark.start(o, out).close();
            }
            data = o.dataDir().toAbsolutePath().normalize();
            serviceArguments = List.of("--zonegraph.seed.load-on-start=false");
        }
        Files.createDirectories(o.out());
        List<Map<String, Object>> articles = articles();
        String graph = seed ? "seed graph" : o.sizeLabel() + " enterprises";
        try (var service = ServiceProcess.start(data, serviceArguments, false, o.out().resolve("proposal-service.log"));
                var driver = GraphDatabase.driver(service.boltUri(), AuthTokens.none(),
                        Config.builder().withLogging(Logging.none()).build())) {
            var cypher = new Benchmark.CypherClient(driver, "neo4j");
            long nodes = cypher.single("MATCH (n) RETURN count(n) AS c", Map.of()).get("c").asLong();
            out.printf(Locale.ROOT, "Proposal benchmark on the %s (%,d nodes), service process %d: %s%n", graph, nodes,
                    service.pid(), service.flags());
            var curator = new Benchmark.GraphQlClient(service.port()).withHeaders(Credentials.CURATOR);
            cypher.write(removal());
            try {
                return measure(graph, curator, articles, proposals, out);
            } finally {
                cypher.write(removal());
            }
        }
    }

    private static Result measure(String graph, Benchmark.GraphQlClient curator, List<Map<String, Object>> articles,
            int count, PrintStream out) throws Exception {
        var rest = new Histogram(3);
        double first = 0;
        long errors = 0;
        long proposed = 0;
        long existing = 0;
        var ids = new TreeSet<String>();
        for (int i = 0; i < count; i++) {
            String id = ARTICLE_PREFIX + i;
            var input = new HashMap<>(articles.get(i % articles.size()));
            input.put("id", id);
            input.put("reason", "proposal benchmark");
            var added = curator.call(ADD_ARTICLE, Map.of("input", input),
                    json -> json.at("/data/addArticle/userErrors").isEmpty());
            if (added.error()) {
                throw new IllegalStateException("addArticle refused " + input.get("title") + ": " + added.message());
            }
            var size = new int[2];
            long sent = System.nanoTime();
            var outcome = curator.call(PROPOSE, Map.of("id", id), json -> {
                JsonNode list = json.at("/data/proposeFacts/proposals");
                size[0] = list.size();
                list.forEach(p -> {
                    size[1] += p.get("existing").asBoolean() ? 1 : 0;
                    ids.add(p.get("id").asString());
                });
                return list.size() > 0;
            });
            long micros = Math.max(1, (System.nanoTime() - sent) / 1000);
            if (outcome.error()) {
                errors++;
                out.println("proposeFacts " + id + " failed: " + outcome.message());
            }
            proposed += size[0];
            existing += size[1];
            if (i == 0) {
                first = micros / 1000.0;
                out.printf(Locale.ROOT, "first proposeFacts after start-up: %.1f ms (%d proposals, %d existing)%n",
                        first, size[0], size[1]);
            } else {
                rest.recordValue(micros);
            }
        }
        var result = new Result(graph, first, rest, (double) proposed / count,
                (double) existing / count, errors);
        // The same proposals (ids derive from article, fact and offsets) give the same digest, whatever resolved them.
        out.println("digest of the proposals' ids: " + Sha256.hex(String.join("\n", ids)).substring(0, 16));
        out.println(header());
        out.println(row(result));
        return result;
    }

    static String header() {
        return "| graph | first call ms | calls after | p50 ms | p90 ms | p99 ms | max ms | proposals per article "
                + "| of them existing | errors |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
    }

    static String row(Result r) {
        Histogram h = r.rest();
        return String.format(Locale.ROOT, "| %s | %.1f | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d |",
                r.graph(), r.firstMs(), h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(90) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0,
                r.proposalsPerArticle(), r.existingPerArticle(), r.errors());
    }

    /** Removes the benchmark's articles, their proposals and the changes recorded for them. */
    private static String removal() {
        return """
                MATCH (n) WHERE (n:Proposal AND n.article STARTS WITH '%1$s') OR (n:Article AND n.id STARTS WITH '%1$s')
                  OR (n:Change AND EXISTS { MATCH (n)--(a:Article) WHERE a.id STARTS WITH '%1$s' })
                CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS""".formatted(ARTICLE_PREFIX);
    }

    /** The articles as {@code addArticle} inputs (title, byline, authors, body with its headings and captions). */
    static List<Map<String, Object>> articles() throws IOException {
        var inputs = new ArrayList<Map<String, Object>>();
        for (Path folder : ARTICLE_FOLDERS) {
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(p -> p.toString().endsWith(".yaml")).sorted(Comparator.naturalOrder()).toList();
            }
            for (Path file : files) {
                Map<String, Object> yaml;
                try (InputStream in = Files.newInputStream(file)) {
                    yaml = new Yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                var input = new HashMap<String, Object>();
                for (String key : List.of("title", "kicker", "subtitle", "byline", "authors", "body", "headings",
                        "captions", "url", "published")) {
                    if (yaml.get(key) != null) {
                        input.put(key, yaml.get(key) instanceof List<?> l ? l : String.valueOf(yaml.get(key)));
                    }
                }
                inputs.add(input);
            }
        }
        return inputs;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
