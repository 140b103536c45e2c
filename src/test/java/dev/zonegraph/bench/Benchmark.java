package dev.zonegraph.bench;

import dev.zonegraph.ZonegraphApplication;
import dev.zonegraph.graph.EmbeddedNeo4j;
import dev.zonegraph.graph.Neo4jProperties;
import dev.zonegraph.graph.SchemaInstaller;
import dev.zonegraph.support.Credentials;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reproducible load benchmark: generates (or reuses) a {@link LargeGraph} of the requested size, starts the service
 * in-process on it, drives each GraphQL operation over HTTP with a fixed concurrency for a fixed time, runs one
 * hand-written Cypher query fetching the same data over Bolt the same way, and writes a markdown table and a CSV.
 * It measures only; nothing here asserts on timings.
 *
 * <pre>
 * ./mvnw -q -Pbench -Dbench.args="--enterprises=100k --duration=20s"
 * </pre>
 */
public final class Benchmark {

    static final String USAGE = """
            usage: Benchmark [--enterprises=10000|10k|100k|1m] [--seed=42] [--duration=20s] [--warmup=5s]
                             [--concurrency=4] [--out=target/bench] [--data=<out>/db-<size>]""";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARKER = "zonegraph-bench.properties";
    private static final int PAGE = 20;

    private Benchmark() {
    }

    /** The settings of one run. */
    public record Options(int enterprises, long seed, Duration duration, Duration warmup, int concurrency, Path out,
            Path data, boolean quiet) {

        public static Options defaults() {
            return new Options(10_000, 42, Duration.ofSeconds(20), Duration.ofSeconds(5), 4, Path.of("target/bench"),
                    null, true);
        }

        /** The size as written in file names: 10k, 100k, 1m, or the plain number. */
        public String sizeLabel() {
            if (enterprises % 1_000_000 == 0) {
                return enterprises / 1_000_000 + "m";
            }
            if (enterprises % 1_000 == 0) {
                return enterprises / 1_000 + "k";
            }
            return String.valueOf(enterprises);
        }

        public Path dataDir() {
            return data != null ? data : out.resolve("db-" + sizeLabel());
        }

        public Options withEnterprises(int n) {
            return new Options(n, seed, duration, warmup, concurrency, out, data, quiet);
        }

        public Options withSeed(long s) {
            return new Options(enterprises, s, duration, warmup, concurrency, out, data, quiet);
        }

        public Options withDuration(Duration d) {
            return new Options(enterprises, seed, d, warmup, concurrency, out, data, quiet);
        }

        public Options withWarmup(Duration w) {
            return new Options(enterprises, seed, duration, w, concurrency, out, data, quiet);
        }

        public Options withConcurrency(int c) {
            return new Options(enterprises, seed, duration, warmup, c, out, data, quiet);
        }

        public Options withOut(Path o) {
            return new Options(enterprises, seed, duration, warmup, concurrency, o, data, quiet);
        }

        public Options withData(Path d) {
            return new Options(enterprises, seed, duration, warmup, concurrency, out, d, quiet);
        }

        public Options withQuiet(boolean q) {
            return new Options(enterprises, seed, duration, warmup, concurrency, out, data, q);
        }
    }

    /** One operation's results, GraphQL and hand-written Cypher. */
    public record Row(String operation, long requests, double throughput, double p50, double p95, double p99,
            long errors, double statementsPerRequest, long cypherRequests, double cypherThroughput, double cypherP50,
            double cypherP95, double cypherP99, long cypherErrors) {

        public double ratio() {
            return cypherP50 > 0 ? p50 / cypherP50 : Double.NaN;
        }
    }

    /** What a run produced: the read operations' rows, the write operation's results, and the files written. */
    public record Report(List<Row> rows, List<Writes.Result> writes, Path markdown, Path csv, String table) {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        int status = 0;
        try {
            run(options, System.out);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /** Reads {@code --name=value} options; a value may also hold several (as one Maven property does). */
    public static Options parse(String[] args) {
        Options o = Options.defaults();
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            for (String word : arg.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        for (String word : words) {
            int eq = word.indexOf('=');
            if (!word.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("not an option: " + word);
            }
            String name = word.substring(2, eq);
            String value = word.substring(eq + 1);
            o = switch (name) {
                case "enterprises" -> o.withEnterprises(count(value));
                case "seed" -> o.withSeed(Long.parseLong(value));
                case "duration" -> o.withDuration(duration(value));
                case "warmup" -> o.withWarmup(duration(value));
                case "concurrency" -> o.withConcurrency(Integer.parseInt(value));
                case "out" -> o.withOut(Path.of(value));
                case "data" -> o.withData(Path.of(value));
                default -> throw new IllegalArgumentException("unknown option --" + name);
            };
        }
        if (o.enterprises() < 1 || o.concurrency() < 1) {
            throw new IllegalArgumentException("--enterprises and --concurrency must be at least 1");
        }
        return o;
    }

    /** 10000, 10k, 100k, 1m, 1.5m. */
    static int count(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replace("_", "");
        double factor = 1;
        if (v.endsWith("k")) {
            factor = 1_000;
            v = v.substring(0, v.length() - 1);
        } else if (v.endsWith("m")) {
            factor = 1_000_000;
            v = v.substring(0, v.length() - 1);
        }
        try {
            return (int) Math.round(Double.parseDouble(v) * factor);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a count: " + value);
        }
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m)?");

    /** 20s, 500ms, 2m; a plain number is seconds. */
    static Duration duration(String value) {
        Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + value + " (use 20s, 500ms or 2m)");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return Duration.ofMillis(Math.round(n * switch (unit) {
            case "ms" -> 1;
            case "m" -> 60_000;
            default -> 1_000;
        }));
    }

    // ------------------------------------------------------------------------------------------------------------

    /** The service started on a generated graph: its context, HTTP port, database and how the graph came to be. */
    record Started(ConfigurableApplicationContext context, int port, EmbeddedNeo4j neo4j, String database,
            String importSummary, Path data) implements AutoCloseable {
        @Override
        public void close() {
            context.close();
        }
    }

    /** Whether the graph of {@code o} was generated completely before (its folder holds the matching marker). */
    static boolean generated(Options o) {
        return matchingMarker(o.dataDir().toAbsolutePath().normalize(), o);
    }

    /** Starts the service on the graph of {@code o}, generating the graph first unless it was generated before. */
    static Started start(Options o, PrintStream out) throws Exception {
        Path data = o.dataDir().toAbsolutePath().normalize();
        Files.createDirectories(o.out());
        boolean reuse = matchingMarker(data, o);
        if (!reuse) {
            clearDataDir(data);
        }
        out.printf("zonegraph benchmark: %,d enterprises, seed %d, data in %s (%s)%n", o.enterprises(), o.seed(), data,
                reuse ? "reusing the generated database" : "generating a new database");

        long startedService = System.nanoTime();
        ConfigurableApplicationContext context = startService(data, o.quiet());
        try {
            int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
            EmbeddedNeo4j neo4j = context.getBean(EmbeddedNeo4j.class);
            out.printf("Service up in %.1f s: http://127.0.0.1:%d/graphql, Bolt %s%n",
                    (System.nanoTime() - startedService) / 1e9, port, neo4j.boltUri());
            String database = context.getBean(Neo4jProperties.class).database();

            String importSummary;
            if (reuse) {
                Properties marker = readMarker(data);
                importSummary = String.format(Locale.ROOT, "reused (generated earlier in %.1f s, %,.0f elements/s)",
                        Long.parseLong(marker.getProperty("importMillis", "0")) / 1000.0,
                        Double.parseDouble(marker.getProperty("elementsPerSecond", "0")));
            } else {
                var graph = new LargeGraph(o.enterprises(), o.seed());
                var result = graph.importInto(context.getBean(Driver.class),
                        SessionConfig.builder().withDatabase(database).build(), context.getBean(SchemaInstaller.class),
                        out);
                writeMarker(data, o, result);
                importSummary = String.format(Locale.ROOT, "%.1f s, %,.0f elements/s (%,d nodes + %,d relationships)",
                        result.millis() / 1000.0, result.elementsPerSecond(), result.nodes(), result.relationships());
            }
            return new Started(context, port, neo4j, database, importSummary, data);
        } catch (Exception | Error e) {
            context.close();
            throw e;
        }
    }

    /** Runs the whole benchmark and writes {@code <out>/results-<size>.md} and {@code .csv}. */
    public static Report run(Options o, PrintStream out) throws Exception {
        try (Started started = start(o, out)) {
            int port = started.port();
            EmbeddedNeo4j neo4j = started.neo4j();
            String database = started.database();
            String importSummary = started.importSummary();
            Path data = started.data();

            try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(),
                    Config.builder().withMaxConnectionPoolSize(Math.max(8, o.concurrency() * 2)).build())) {
                var cypher = new CypherClient(driver, database);
                long nodes = cypher.single("MATCH (n) RETURN count(n) AS c", Map.of()).get("c").asLong();
                long relationships = cypher.single("MATCH ()-[r]->() RETURN count(r) AS c", Map.of()).get("c").asLong();
                out.printf(Locale.ROOT, "Graph: %,d nodes, %,d relationships%n", nodes, relationships);

                var graphql = new GraphQlClient(port);
                List<Operation> operations = operations(cypher, o.seed());
                List<Row> rows = new ArrayList<>();
                for (int i = 0; i < operations.size(); i++) {
                    Operation op = operations.get(i);
                    long opSeed = o.seed() * 31 + i;
                    out.printf("[%d/%d] %s: GraphQL ", i + 1, operations.size(), op.name());
                    out.flush();
                    Load.Stats g = Load.run(o.concurrency(), o.warmup(), o.duration(), opSeed,
                            random -> graphql.call(op.document(), op.arguments().apply(random).variables()));
                    out.printf(Locale.ROOT, "%,.0f req/s p50 %.2f ms; Cypher ", g.throughput(), g.percentileMillis(50));
                    out.flush();
                    Load.Stats c = Load.run(o.concurrency(), o.warmup(), o.duration(), opSeed,
                            random -> cypher.call(op.cypher(), op.arguments().apply(random).parameters()));
                    out.printf(Locale.ROOT, "%,.0f req/s p50 %.2f ms%n", c.throughput(), c.percentileMillis(50));
                    if (g.firstError() != null) {
                        out.println("  first GraphQL error: " + abbreviate(g.firstError()));
                    }
                    if (c.firstError() != null) {
                        out.println("  first Cypher error: " + abbreviate(c.firstError()));
                    }
                    rows.add(new Row(op.name(), g.requests(), g.throughput(), g.percentileMillis(50),
                            g.percentileMillis(95), g.percentileMillis(99), g.errors(), g.meanStatements(),
                            c.requests(), c.throughput(), c.percentileMillis(50), c.percentileMillis(95),
                            c.percentileMillis(99), c.errors()));
                }

                List<Writes.Result> writes = measureWrites(graphql, cypher, operations, o, out);
                var machine = Machine.measure();
                var header = new LinkedHashMap<String, String>();
                header.put("enterprises", String.format(Locale.ROOT, "%,d (seed %d)", o.enterprises(), o.seed()));
                header.put("graph", String.format(Locale.ROOT, "%,d nodes, %,d relationships", nodes, relationships));
                header.put("import", importSummary);
                header.put("load", String.format(Locale.ROOT, "%d concurrent clients, %s per operation after %s warmup",
                        o.concurrency(), human(o.duration()), human(o.warmup())));
                header.put("memory after the run", String.format(Locale.ROOT,
                        "RSS %,d MB; heap used after GC %,d MB; max heap %,d MB", machine.rssMb(), machine.heapUsedMb(),
                        machine.maxHeapMb()));
                header.put("machine", machine.cores() + " cores, " + machine.os());
                header.put("Java", machine.java());
                header.put("data", data.toString());
                header.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                String table = table(rows);
                String writesTable = Writes.table(writes);
                String markdown = markdown(o, header, table + "\n" + WRITES_NOTE + writesTable, operations);
                Path md = o.out().resolve("results-" + o.sizeLabel() + ".md");
                Path csv = o.out().resolve("results-" + o.sizeLabel() + ".csv");
                Files.writeString(md, markdown, StandardCharsets.UTF_8);
                Files.writeString(csv, csv(o, rows), StandardCharsets.UTF_8);
                out.println();
                header.forEach((k, v) -> out.println(k + ": " + v));
                out.println();
                out.print(table);
                out.println();
                out.print(writesTable);
                out.println();
                out.println("Wrote " + md.toAbsolutePath() + " and " + csv.getFileName());
                return new Report(rows, writes, md, csv, table);
            }
        }
    }

    private static final String WRITES_NOTE = """
            Writes: `assertFacts` through GraphQL, each request new facts (enterprises, and from a batch of two on as \
            many LOCATED_IN relationships to random zones), half the clients writing and half reading `zone-page` at \
            the same time; the facts are removed after the run, so a reused database stays as generated.

            """;

    /** Facts asserted per second in batches of 1 and 100, with zone-page's latency while they run; then removed. */
    private static List<Writes.Result> measureWrites(GraphQlClient graphql, CypherClient cypher,
            List<Operation> operations, Options o, PrintStream out) throws Exception {
        List<String> zones = cypher.list("MATCH (z:Zone) RETURN z.id AS id ORDER BY id", Map.of()).stream()
                .map(r -> r.get("id").asString()).toList();
        Operation read = operations.stream().filter(op -> op.name().equals("zone-page")).findFirst().orElseThrow();
        int writers = Math.max(1, o.concurrency() / 2);
        int readers = Math.max(1, o.concurrency() - writers);
        var writes = new Writes(graphql, zones);
        List<Writes.Result> results = new ArrayList<>();
        try {
            for (int batch : List.of(1, 100)) {
                out.printf("[writes] assertFacts, %d fact(s) a request, %d writer(s) and %d %s reader(s): ", batch,
                        writers, readers, read.name());
                out.flush();
                var r = writes.run(batch, writers, read, readers, o.warmup(), o.duration(), o.seed() * 97 + batch);
                out.printf(Locale.ROOT, "%,.0f facts/s, write p50 %.2f ms; %s p50 %.2f ms%n", r.factsPerSecond(),
                        r.writes().percentileMillis(50), read.name(), r.reads().percentileMillis(50));
                if (r.writes().firstError() != null) {
                    out.println("  first write error: " + abbreviate(r.writes().firstError()));
                }
                results.add(r);
            }
        } finally {
            Writes.remove(cypher);
        }
        return results;
    }

    private static ConfigurableApplicationContext startService(Path data, boolean quiet) {
        var application = new SpringApplication(ZonegraphApplication.class);
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                // The test API keys: the write operation signs in as the test curator.
                Credentials.ACCEPT_ARGUMENT,
                "--zonegraph.neo4j.uri=",
                "--zonegraph.embedded.bolt-port=0",
                "--zonegraph.embedded.data-dir=" + data,
                "--zonegraph.seed.load-on-start=false",
                // Sized for the generated graphs (up to 9 GB on disk), not the laptop defaults.
                "--zonegraph.embedded.memory.page-cache=8GB",
                "--zonegraph.embedded.memory.transaction-max=2GB",
                "--zonegraph.embedded.memory.transaction-total-max=4GB",
                "--spring.main.banner-mode=off"));
        if (quiet) {
            args.add("--logging.level.root=WARN");
        }
        return application.run(args.toArray(String[]::new));
    }

    // ------------------------------------------------------------------------------------------------------------
    // The operations

    /** Arguments of one call: GraphQL variables and the parameters of the equivalent Cypher. */
    record Arguments(Map<String, Object> variables, Map<String, Object> parameters) {
        static Arguments same(Map<String, Object> both) {
            return new Arguments(both, both);
        }
    }

    /** An operation: a GraphQL document, the one Cypher query fetching the same data, and how to draw arguments. */
    record Operation(String name, String description, String document, String cypher,
            Function<SplittableRandom, Arguments> arguments) {
    }

    static List<Operation> operations(CypherClient cypher, long seed) {
        List<String> zones = cypher.list("MATCH (z:Zone) RETURN z.id AS id ORDER BY id", Map.of())
                .stream().map(r -> r.get("id").asString()).toList();
        int enterprises = (int) cypher.single("MATCH (e:Enterprise) RETURN count(e) AS c", Map.of()).get("c").asLong();
        if (zones.isEmpty() || enterprises == 0) {
            throw new IllegalStateException("the database holds no generated graph");
        }
        var random = new SplittableRandom(seed);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            sample.add(LargeGraph.enterpriseId(random.nextInt(enterprises)));
        }
        List<String> fragments = new ArrayList<>();
        for (Record r : cypher.list("MATCH (e:Enterprise) WHERE e.id IN $ids RETURN e.name AS name ORDER BY e.id",
                Map.of("ids", sample))) {
            String name = r.get("name").asString();
            // The brand-like prefix (华瑞) or the prefix and the first character of the trade word (华瑞微).
            fragments.add(random.nextBoolean() ? name.substring(0, 2) : name.substring(0, 3));
        }
        for (int i = 0; i < 30; i++) {
            String zone = cypher.single("MATCH (z:Zone {id: $id}) RETURN z.name AS name",
                    Map.of("id", zones.get(random.nextInt(zones.size())))).get("name").asString();
            fragments.add(zone.substring(0, 2) + "高新");
        }
        long titled = cypher.single(NATIONAL_COUNT, Map.of()).get("c").asLong();
        int pages = (int) Math.max(1, (titled + PAGE - 1) / PAGE);
        // The cursors a client kept from earlier pages: the last edge of each of the first 25 pages.
        List<String> cursors = new ArrayList<>();
        for (int page = 1; page < Math.min(pages, 26); page++) {
            cursors.add(cursor(cypher.single(NATIONAL_NTH, Map.of("skip", (long) page * PAGE - 1)).get("id")
                    .asString()));
        }
        Function<SplittableRandom, String> zone = r -> zones.get(r.nextInt(zones.size()));

        return List.of(
                new Operation("lookup", "one enterprise by id, four fields", """
                        query Lookup($id: ID!) { enterprise(id: $id) { id name aliases kind } }""", """
                        MATCH (e:Enterprise {id: $id}) RETURN e {.id, .name, .aliases, .kind} AS enterprise""",
                        r -> Arguments.same(Map.of("id", LargeGraph.enterpriseId(r.nextInt(enterprises))))),
                new Operation("zone-page", "a zone with its region and first 20 enterprises with awards and indicators "
                        + "(random zone)", """
                        query ZonePage($id: ID!) { zone(id: $id) { name region { name }
                          enterprisesConnection(first: 20) { totalCount edges { node { name
                            awards { name level } indicators { year value growth } } } } } }""", """
                        MATCH (z:Zone {id: $id})
                        OPTIONAL MATCH (z)-[:IN_REGION]->(r:Region)
                        CALL (z) { MATCH (e:Enterprise)-[:LOCATED_IN]->(z) RETURN count(e) AS totalCount }
                        CALL (z) {
                          MATCH (e:Enterprise)-[:LOCATED_IN]->(z)
                          WITH e ORDER BY e.id LIMIT 20
                          RETURN collect(e {.name,
                            awards: COLLECT { MATCH (e)-[:RECEIVED]->(a:Award) WITH a ORDER BY a.id RETURN a {.name, .level} },
                            indicators: COLLECT { MATCH (e)-[:HAS_INDICATOR]->(i:Indicator) WITH i ORDER BY i.id
                                                  RETURN i {.year, .value, .growth} } }) AS enterprises
                        }
                        RETURN z.name AS name, r.name AS region, totalCount, enterprises""",
                        r -> Arguments.same(Map.of("id", zone.apply(r)))),
                new Operation("national-filter", "enterprises in zones holding a NATIONAL award, 20 a page: the first "
                        + "page half of the time, else a random one of the first 25 (" + pages + " pages)", """
                        query NationalTitled($after: String) {
                          enterprises(where: { zone: { awards: { some: { level: { eq: NATIONAL } } } } }, first: 20, after: $after) {
                            totalCount edges { node { name zone { name awards { name level } } } } } }""", """
                        CALL () {
                          MATCH (e:Enterprise)-[:LOCATED_IN]->(z:Zone)
                          WHERE EXISTS { (z)-[:RECEIVED]->(:Award {level: 'NATIONAL'}) }
                          RETURN count(e) AS totalCount
                        }
                        CALL () {
                          MATCH (e:Enterprise)-[:LOCATED_IN]->(z:Zone)
                          WHERE EXISTS { (z)-[:RECEIVED]->(:Award {level: 'NATIONAL'}) }
                          WITH e, z ORDER BY e.id SKIP $skip LIMIT 20
                          RETURN collect(e {.name, zone: z {.name,
                            awards: COLLECT { MATCH (z)-[:RECEIVED]->(a:Award) WITH a ORDER BY a.id RETURN a {.name, .level} } }}) AS page
                        }
                        RETURN totalCount, page""",
                        r -> {
                            int page = pages <= 1 || r.nextBoolean() ? 0 : 1 + r.nextInt(Math.min(pages - 1, 25));
                            var variables = new HashMap<String, Object>();
                            variables.put("after", page == 0 ? null : cursors.get(page - 1));
                            return new Arguments(variables, Map.of("skip", (long) page * PAGE));
                        }),
                new Operation("search", "full-text search for a fragment of a generated name, 10 hits", """
                        query Search($text: String!) { search(text: $text, first: 10) { score node { __typename id name } } }""",
                        """
                        CALL db.index.fulltext.queryNodes('entity_search', $text) YIELD node, score
                        RETURN node.id AS id, node.name AS name, labels(node) AS labels, score
                        ORDER BY score DESC, id LIMIT 10""",
                        r -> Arguments.same(Map.of("text", fragments.get(r.nextInt(fragments.size()))))),
                new Operation("indicator-aggregate", "count, max growth and mean value of the indicators of the "
                        + "enterprises of a random zone", """
                        query ZoneFigures($zone: ID!) {
                          indicators(where: { enterprise: { zone: { id: { eq: $zone } } } }) {
                            aggregate { count max { growth } avg { value } } } }""", """
                        MATCH (:Zone {id: $zone})<-[:LOCATED_IN]-(:Enterprise)-[:HAS_INDICATOR]->(i:Indicator)
                        WITH DISTINCT i
                        RETURN count(i) AS count, max(i.growth) AS maxGrowth, avg(i.value) AS avgValue""",
                        r -> Arguments.same(Map.of("zone", zone.apply(r)))),
                new Operation("project-aggregate", "a random zone's projects: count and total investment in yuan", """
                        query ZoneInvestment($zone: ID!) { zone(id: $zone) { name
                          projectsConnection { aggregate { count sum { investmentYuan } } } } }""", """
                        MATCH (z:Zone {id: $zone})
                        OPTIONAL MATCH (z)<-[:LOCATED_IN]-(p:Project)
                        RETURN z.name AS name, count(p) AS count, sum(p.investmentYuan) AS investmentYuan""",
                        r -> Arguments.same(Map.of("zone", zone.apply(r)))));
    }

    private static final String NATIONAL_COUNT = """
            MATCH (e:Enterprise)-[:LOCATED_IN]->(z:Zone)
            WHERE EXISTS { (z)-[:RECEIVED]->(:Award {level: 'NATIONAL'}) }
            RETURN count(e) AS c""";

    private static final String NATIONAL_NTH = """
            MATCH (e:Enterprise)-[:LOCATED_IN]->(z:Zone)
            WHERE EXISTS { (z)-[:RECEIVED]->(:Award {level: 'NATIONAL'}) }
            RETURN e.id AS id ORDER BY id SKIP $skip LIMIT 1""";

    /** The cursor the API hands out for the edge of enterprise {@code id} in id order (its keyset cursor). */
    static String cursor(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(List.of("id", id)));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Clients

    /** POSTs GraphQL documents to /graphql over HTTP/1.1 (keep-alive), as a frontend would. */
    static final class GraphQlClient {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final URI uri;
        private final Map<String, String> headers;

        GraphQlClient(int port) {
            this(URI.create("http://127.0.0.1:" + port + "/graphql"), Map.of());
        }

        private GraphQlClient(URI uri, Map<String, String> headers) {
            this.uri = uri;
            this.headers = headers;
        }

        /** The same endpoint, signed in with these headers (an API key). */
        GraphQlClient withHeaders(Map<String, String> signIn) {
            return new GraphQlClient(uri, signIn);
        }

        Load.Outcome call(String document, Map<String, Object> variables) throws Exception {
            return call(document, variables, json -> true);
        }

        /** A call that also fails when {@code ok} does not hold for the response (a mutation's userErrors). */
        Load.Outcome call(String document, Map<String, Object> variables, Predicate<JsonNode> ok) throws Exception {
            var body = new HashMap<String, Object>();
            body.put("query", document);
            body.put("variables", variables);
            var request = HttpRequest.newBuilder(uri);
            headers.forEach(request::header);
            request.header("Content-Type", "application/json")
                    .header("Accept", "application/graphql-response+json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Load.Outcome.failed("HTTP " + response.statusCode() + ": " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            if (json.has("errors")) {
                return Load.Outcome.failed(json.get("errors").toString());
            }
            if (!ok.test(json)) {
                return Load.Outcome.failed(json.toString());
            }
            JsonNode statements = json.at("/extensions/zonegraph/statements");
            return Load.Outcome.ok(statements.isNumber() ? statements.asInt() : -1);
        }
    }

    /** Runs hand-written Cypher over Bolt in read transactions, as the service runs its own. */
    static final class CypherClient {
        private final Driver driver;
        private final SessionConfig session;

        CypherClient(Driver driver, String database) {
            this.driver = driver;
            this.session = SessionConfig.builder().withDatabase(database).withDefaultAccessMode(AccessMode.READ).build();
        }

        List<Record> list(String cypher, Map<String, Object> parameters) {
            try (var s = driver.session(session)) {
                return s.executeRead(tx -> tx.run(cypher, parameters).list());
            }
        }

        /** Runs a statement in an implicit transaction (needed by CALL ... IN TRANSACTIONS). */
        void write(String cypher) {
            try (var s = driver.session(SessionConfig.builder().withDatabase(session.database().orElse(null))
                    .build())) {
                s.run(cypher).consume();
            }
        }

        Record single(String cypher, Map<String, Object> parameters) {
            return list(cypher, parameters).get(0);
        }

        Load.Outcome call(String cypher, Map<String, Object> parameters) {
            try (var s = driver.session(session)) {
                // Convert to Java values, as the service does with what it reads.
                s.executeRead(tx -> tx.run(cypher, parameters).list(Record::asMap));
            }
            return Load.Outcome.ok(1);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Output

    private static String table(List<Row> rows) {
        var t = new StringBuilder();
        t.append("| operation | requests | req/s | p50 ms | p95 ms | p99 ms | errors | statements/req "
                + "| Cypher req/s | Cypher p50 ms | GraphQL/Cypher p50 |\n");
        t.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            t.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f | %.2f | %.2f | %.2f | %d | %.1f | %,.0f | %.2f | %.1fx |%n",
                    r.operation(), r.requests(), r.throughput(), r.p50(), r.p95(), r.p99(), r.errors(),
                    r.statementsPerRequest(), r.cypherThroughput(), r.cypherP50(), r.ratio()));
        }
        return t.toString();
    }

    private static String markdown(Options o, Map<String, String> header, String table, List<Operation> operations) {
        var md = new StringBuilder();
        md.append("# zonegraph benchmark: ").append(o.sizeLabel()).append(" enterprises\n\n");
        md.append("| setting | value |\n|---|---|\n");
        header.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v.replace("|", "\\|")).append(" |\n"));
        md.append("\n").append(table).append("\n");
        md.append("""
                Latencies are per request as the client sees them (GraphQL: HTTP round trip including JSON; Cypher: a \
                read transaction over Bolt with the records converted to Java values). `statements/req` is the mean of \
                `extensions.zonegraph.statements`; the Cypher column runs one hand-written query fetching the same data \
                with the same concurrency and duration. Errors are HTTP statuses other than 200 or responses with \
                `errors`.

                ## Operations

                """);
        for (Operation op : operations) {
            md.append("### ").append(op.name()).append("\n\n").append(op.description()).append(".\n\n");
            md.append("```graphql\n").append(op.document().strip()).append("\n```\n\n");
            md.append("```cypher\n").append(op.cypher().strip()).append("\n```\n\n");
        }
        return md.toString();
    }

    private static String csv(Options o, List<Row> rows) {
        var csv = new StringBuilder("size,enterprises,seed,concurrency,duration_s,operation,requests,throughput_rps,"
                + "p50_ms,p95_ms,p99_ms,errors,statements_per_request,cypher_requests,cypher_throughput_rps,"
                + "cypher_p50_ms,cypher_p95_ms,cypher_p99_ms,cypher_errors,p50_ratio\n");
        for (Row r : rows) {
            csv.append(String.format(Locale.ROOT,
                    "%s,%d,%d,%d,%.1f,%s,%d,%.1f,%.3f,%.3f,%.3f,%d,%.2f,%d,%.1f,%.3f,%.3f,%.3f,%d,%.2f%n",
                    o.sizeLabel(), o.enterprises(), o.seed(), o.concurrency(), o.duration().toMillis() / 1000.0,
                    r.operation(), r.requests(), r.throughput(), r.p50(), r.p95(), r.p99(), r.errors(),
                    r.statementsPerRequest(), r.cypherRequests(), r.cypherThroughput(), r.cypherP50(), r.cypherP95(),
                    r.cypherP99(), r.cypherErrors(), r.ratio()));
        }
        return csv.toString();
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** The process and machine, read after the run. */
    record Machine(long rssMb, long heapUsedMb, long maxHeapMb, int cores, String os, String java) {
        static Machine measure() {
            System.gc();
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            return new Machine(measureRssMb(), heap.getUsed() / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                            + System.getProperty("os.arch"),
                    System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                            + System.getProperty("java.vendor") + ")");
        }

        /** This process's resident set size in MB (-1 where /proc is missing: not Linux). */
        static long measureRssMb() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux: RSS unknown
            }
            return -1;
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // The data folder

    private static boolean matchingMarker(Path data, Options o) {
        if (!Files.isRegularFile(data.resolve(MARKER))) {
            return false;
        }
        Properties marker = readMarker(data);
        return String.valueOf(o.enterprises()).equals(marker.getProperty("enterprises"))
                && String.valueOf(o.seed()).equals(marker.getProperty("seed"))
                && String.valueOf(LargeGraph.GENERATOR_VERSION).equals(marker.getProperty("generatorVersion"));
    }

    private static Properties readMarker(Path data) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(data.resolve(MARKER))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void writeMarker(Path data, Options o, LargeGraph.ImportResult result) throws IOException {
        var properties = new Properties();
        properties.setProperty("enterprises", String.valueOf(o.enterprises()));
        properties.setProperty("seed", String.valueOf(o.seed()));
        properties.setProperty("generatorVersion", String.valueOf(LargeGraph.GENERATOR_VERSION));
        properties.setProperty("nodes", String.valueOf(result.nodes()));
        properties.setProperty("relationships", String.valueOf(result.relationships()));
        properties.setProperty("importMillis", String.valueOf(result.millis()));
        properties.setProperty("elementsPerSecond", String.format(Locale.ROOT, "%.0f", result.elementsPerSecond()));
        try (Writer writer = Files.newBufferedWriter(data.resolve(MARKER))) {
            properties.store(writer, "written by dev.zonegraph.bench.Benchmark after a complete import");
        }
    }

    /** Empties a data folder for a fresh import, refusing to touch one that holds anything but a Neo4j store. */
    private static void clearDataDir(Path data) throws IOException {
        if (!Files.exists(data)) {
            return;
        }
        Set<String> ours = Set.of("data", "logs", MARKER);
        List<Path> entries;
        try (Stream<Path> list = Files.list(data)) {
            entries = list.toList();
        }
        for (Path entry : entries) {
            if (!ours.contains(entry.getFileName().toString())) {
                throw new IllegalStateException(data + " holds " + entry.getFileName()
                        + ", which is not a benchmark database: choose another --data folder");
            }
        }
        for (Path entry : entries) {
            try (Stream<Path> walk = Files.walk(entry)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
