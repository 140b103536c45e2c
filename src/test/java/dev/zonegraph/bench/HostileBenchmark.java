package dev.zonegraph.bench;

import dev.zonegraph.ZonegraphApplication;
import dev.zonegraph.support.HostileRequests;
import java.io.IOException;
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
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile run: a cheap query's latency on the seed graph alone, then while {@code --clients} clients send the
 * issues' hostile requests (every GraphQL one, in the document and in variables, and the console's) over and over;
 * with the answers the hostile requests got, and the process's peak RSS.
 *
 * <pre>
 * ./mvnw -q -Pbench -Dbench.main=dev.zonegraph.bench.HostileBenchmark -Dbench.heap=512m -Dbench.args="--duration=20s"
 * </pre>
 */
public final class HostileBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CHEAP = "{ zone(id: \"zone:xian\") { name level region { name } } }";
    private static final Duration HOSTILE_TIMEOUT = Duration.ofSeconds(60);

    private HostileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Duration duration = Benchmark.duration(option(args, "duration", "20s"));
        int clients = Integer.parseInt(option(args, "clients", "4"));
        Path out = Path.of(option(args, "out", "target/bench"));
        Path data = out.resolve("hostile-db");
        var context = new SpringApplication(ZonegraphApplication.class).run("--server.port=0", "--zonegraph.neo4j.uri=",
                "--zonegraph.embedded.bolt-port=0", "--zonegraph.embedded.data-dir=" + data,
                "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        var cheap = new Benchmark.GraphQlClient(port);
        Load.Call cheapCall = random -> cheap.call(CHEAP, Map.of());

        var quiet = Load.run(1, Duration.ofSeconds(5), duration, 42, cheapCall);
        var peakRss = new AtomicLong(rssMb());
        var answers = new ConcurrentHashMap<String, Answers>();
        var hostile = new ArrayList<Thread>();
        long hostileEnd = System.nanoTime() + duration.plusSeconds(5).toNanos();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            var thread = new Thread(() -> sendHostile(port, offset, hostileEnd, answers, peakRss), "hostile-" + c);
            thread.setDaemon(true);
            hostile.add(thread);
            thread.start();
        }
        var loaded = Load.run(1, Duration.ofSeconds(5), duration, 43, cheapCall);
        for (Thread thread : hostile) {
            thread.join(HOSTILE_TIMEOUT.toMillis());
        }
        String report = report(duration, clients, quiet, loaded, answers, peakRss.get());
        Files.createDirectories(out);
        Files.writeString(out.resolve("hostile.md"), report);
        System.out.println(report);
        // Hostile requests may still hold the service's threads (that is what "before" measures): do not wait.
        Runtime.getRuntime().halt(0);
    }

    /** What the hostile requests of one kind got: how many, the slowest, and the answers' kinds. */
    record Answers(AtomicLong count, AtomicLong slowestMillis, Map<String, AtomicLong> kinds) {
        static Answers create() {
            return new Answers(new AtomicLong(), new AtomicLong(), new ConcurrentHashMap<>());
        }
    }

    private static void sendHostile(int port, int offset, long end, Map<String, Answers> answers, AtomicLong peakRss) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<HttpRequest> requests = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (var request : HostileRequests.all()) {
            names.add(request.name());
            requests.add(post(port, "/graphql", Map.of("query", request.document(), "variables", request.variables())));
        }
        for (String statement : HostileRequests.consoleStatements()) {
            names.add("console: " + statement);
            requests.add(post(port, "/cypher", Map.of("statement", statement)));
        }
        for (int i = offset; System.nanoTime() < end; i++) {
            int which = i % requests.size();
            long started = System.nanoTime();
            String kind;
            try {
                var response = http.send(requests.get(which), HttpResponse.BodyHandlers.ofString());
                kind = kind(response.statusCode(), response.body());
            } catch (IOException e) {
                kind = "no answer (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            var answer = answers.computeIfAbsent(names.get(which), n -> Answers.create());
            answer.count().incrementAndGet();
            answer.slowestMillis().accumulateAndGet(millis, Math::max);
            answer.kinds().computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
            peakRss.accumulateAndGet(rssMb(), Math::max);
        }
    }

    private static HttpRequest post(int port, String path, Map<String, Object> body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").timeout(HOSTILE_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    }

    /** The answer's kind: the HTTP status, and the first error's classification or code. */
    private static String kind(int status, String body) {
        try {
            var json = JSON.readTree(body);
            String classification = json.at("/errors/0/extensions/classification").asString("");
            String code = json.at("/error/code").asString("");
            String what = !classification.isEmpty() ? classification : !code.isEmpty() ? code : "data";
            return status + " " + what;
        } catch (RuntimeException e) {
            return status + " (" + body.length() + " bytes, not JSON)";
        }
    }

    private static String report(Duration duration, int clients, Load.Stats quiet, Load.Stats loaded,
            Map<String, Answers> answers, long peakRssMb) {
        var md = new StringBuilder("# Hostile run\n\n");
        md.append(String.format(Locale.ROOT, "Seed graph; cheap query `%s` from 1 client, %d s each phase; "
                + "%d hostile clients; max heap %d MB; peak RSS %d MB.%n%n", CHEAP, duration.toSeconds(), clients,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), peakRssMb));
        md.append("| cheap query | requests | errors | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|\n");
        for (var row : List.of(Map.entry("alone", quiet), Map.entry("with hostile clients", loaded))) {
            var s = row.getValue();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.2f |%n", row.getKey(),
                    s.requests(), s.errors(), s.percentileMillis(50), s.percentileMillis(95), s.percentileMillis(99)));
        }
        md.append("\n| hostile request | sent | slowest ms | answers |\n|---|---:|---:|---|\n");
        answers.forEach((name, a) -> md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s |%n",
                name.length() > 80 ? name.substring(0, 80) + "..." : name, a.count().get(), a.slowestMillis().get(),
                a.kinds())));
        return md.toString();
    }

    private static long rssMb() {
        return Benchmark.Machine.measureRssMb();
    }

    /** The value of {@code --name=value} among the arguments (a Maven property may hold several). */
    static String option(String[] args, String name, String fallback) {
        for (String arg : args) {
            for (String word : arg.trim().split("\\s+")) {
                if (word.startsWith("--" + name + "=")) {
                    return word.substring(name.length() + 3);
                }
            }
        }
        return fallback;
    }
}
