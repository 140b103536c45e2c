package dev.zonegraph.bench;

import dev.zonegraph.support.Credentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's memory on the seed graph, started as its own process with its production memory settings
 * ({@link ServiceProcess}): RSS idle after the seed load, its peak under {@code --clients} reading clients, its peak
 * when one more client sends the console's value bombs over and over beside them, and what is left once the load
 * stops; with the service's heap and, with {@code --nmt=true}, Native Memory Tracking's account per phase.
 *
 * <pre>
 * ./mvnw -q -Pbench -Dbench.main=dev.zonegraph.bench.MemoryBenchmark -Dbench.args="--duration=60s --nmt=true"
 * </pre>
 */
public final class MemoryBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Reads a frontend sends on the seed graph: a zone page, the national-title filter, a search. */
    static final List<String> READS = List.of("""
            { zone(id: "zone:xian") { name region { name } enterprisesConnection(first: 20) { totalCount
              edges { node { name awards { name level } indicators { year value growth } } } } } }""", """
            { enterprises(where: { zone: { awards: { some: { level: { eq: NATIONAL } } } } }, first: 20) {
              totalCount edges { node { name zone { name awards { name level } } } } } }""", """
            { search(text: "高新", first: 10) { score node { __typename id name } } }""");

    /** Statements that build large values in Neo4j: 1 GB by doubling, 64 MB, and 10 characters at a time. */
    static final List<String> BOMBS = List.of("RETURN reduce(s = 'a', x IN range(1, 30) | s + s) AS s",
            "RETURN reduce(s = 'a', x IN range(1, 26) | s + s) AS s",
            "RETURN reduce(s = '', i IN range(1, 100000000) | s + 'xxxxxxxxxx') AS s");

    private MemoryBenchmark() {
    }

    /** One phase: peak and final RSS, heap at its end, NMT committed MB per category at its end. */
    record Phase(String name, long peakRssMb, long endRssMb, long heapUsedMb, long heapCommittedMb,
            Map<String, Long> nativeMb, Traffic.Interval reads) {
    }

    public static void main(String[] args) throws Exception {
        Duration duration = Benchmark.duration(HostileBenchmark.option(args, "duration", "60s"));
        int clients = Integer.parseInt(HostileBenchmark.option(args, "clients", "4"));
        boolean nmt = Boolean.parseBoolean(HostileBenchmark.option(args, "nmt", "false"));
        Path out = Path.of(HostileBenchmark.option(args, "out", "target/bench"));
        Path data = Files.createTempDirectory("zonegraph-memory-");
        Files.createDirectories(out);
        int status = 0;
        try (var service = ServiceProcess.start(data, List.of(), nmt, out.resolve("memory-service.log"))) {
            var graphql = new Benchmark.GraphQlClient(service.port());
            var reads = new Traffic();
            List<Phase> phases = new ArrayList<>();
            phases.add(phase("idle after the seed load", service, Duration.ofSeconds(5), reads, () -> { }));
            var readers = new Clients();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                readers.start(() -> {
                    for (int i = offset; readers.running(); i++) {
                        String document = READS.get(i % READS.size());
                        reads.call("read", () -> graphql.call(document, Map.of()));
                    }
                });
            }
            reads.interval();
            phases.add(phase(clients + " clients reading", service, duration, reads, () -> { }));
            var answers = new ConcurrentHashMap<String, Map<String, AtomicLong>>();
            var bomber = new Clients();
            bomber.start(() -> {
                for (int i = 0; bomber.running(); i++) {
                    String bomb = BOMBS.get(i % BOMBS.size());
                    answers.computeIfAbsent(bomb, b -> new ConcurrentHashMap<>())
                            .computeIfAbsent(console(service.port(), bomb), a -> new AtomicLong()).incrementAndGet();
                }
            });
            phases.add(phase("reading, and 1 client sending the console's bombs", service, duration, reads,
                    bomber::stop));
            readers.stop();
            phases.add(phase("idle after the load", service, Duration.ofSeconds(10), reads, () -> { }));
            String report = report(service, clients, duration, phases, answers, nmt
                    ? service.jcmd("VM.native_memory", "summary", "scale=MB") : "");
            Files.writeString(out.resolve("memory.md"), report);
            System.out.println(report);
            reads.firstError().ifPresent(e -> System.out.println("first read error: " + e));
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        FileSystemUtils.deleteRecursively(data);
        System.exit(status);
    }

    /** Runs for {@code length} sampling the service's RSS every 200 ms, then calls {@code atEnd} and measures. */
    private static Phase phase(String name, ServiceProcess service, Duration length, Traffic reads, Runnable atEnd)
            throws Exception {
        long peak = 0;
        long end = System.nanoTime() + length.toNanos();
        while (System.nanoTime() < end) {
            peak = Math.max(peak, service.rssMb());
            Thread.sleep(200);
        }
        atEnd.run();
        long rss = service.rssMb();
        long[] heap = service.heapMb();
        return new Phase(name, Math.max(peak, rss), rss, heap[0], heap[1], service.nativeMemoryMb(),
                reads.interval());
    }

    /** The console's answer to {@code statement}: HTTP status and error code. */
    private static String console(int port, String statement) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/cypher"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("statement", statement))));
        Credentials.READER.forEach(request::header);
        try {
            var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + JSON.readTree(response.body()).at("/error/code").asString("rows");
        } catch (Exception e) {
            return "no answer (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static String report(ServiceProcess service, int clients, Duration duration, List<Phase> phases,
            Map<String, Map<String, AtomicLong>> answers, String nmtSummary) {
        var md = new StringBuilder("# Memory on the seed graph\n\n");
        md.append(String.format(Locale.ROOT, "The service as its own process: `%s`; %d reading clients; %d s per "
                + "loaded phase.%n%n", service.flags(), clients, duration.toSeconds()));
        md.append("| phase | peak RSS MB | RSS at its end MB | heap used MB | heap committed MB | reads | read errors "
                + "| read p99 ms |");
        phases.get(0).nativeMb().keySet().forEach(k -> md.append(" NMT ").append(k).append(" MB |"));
        md.append("\n|---|").append("---:|".repeat(7 + phases.get(0).nativeMb().size())).append('\n');
        for (Phase p : phases) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d | %d | %.2f |", p.name(),
                    p.peakRssMb(), p.endRssMb(), p.heapUsedMb(), p.heapCommittedMb(), p.reads().requests(),
                    p.reads().errors(), p.reads().p99()));
            p.nativeMb().values().forEach(mb -> md.append(String.format(Locale.ROOT, " %,d |", mb)));
            md.append('\n');
        }
        md.append("\n| console statement | answers |\n|---|---|\n");
        answers.forEach((bomb, kinds) -> md.append("| `").append(bomb).append("` | ").append(kinds).append(" |\n"));
        if (!nmtSummary.isEmpty()) {
            md.append("\n## Native Memory Tracking at the end\n\n```\n").append(nmtSummary.strip()).append("\n```\n");
        }
        return md.toString();
    }

    /** Client threads that run until stopped. */
    private static final class Clients {
        private volatile boolean running = true;

        void start(Runnable loop) {
            var thread = new Thread(loop, "memory-client");
            thread.setDaemon(true);
            thread.start();
        }

        boolean running() {
            return running;
        }

        void stop() {
            running = false;
        }
    }
}
