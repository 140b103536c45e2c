package dev.zonegraph.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * A soak: the service started as its own process with its production memory settings ({@link ServiceProcess}), the
 * benchmark's six read operations mixed at random from {@code --concurrency} clients in this JVM for
 * {@code --duration}, beside one writer asserting batches of new facts at {@code --write-rate} requests a second.
 * Reports per minute the reads and writes, their errors and latencies, and the service's RSS and heap; with
 * {@code --nmt=true} also Native Memory Tracking's account per category. Flat is the target. It measures only.
 *
 * <pre>
 * ./mvnw -q -Pbench -Dbench.main=dev.zonegraph.bench.Soak -Dbench.args="--enterprises=10k --duration=10m --concurrency=8"
 * </pre>
 */
public final class Soak {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** Facts in each write request: five new enterprises, each placed in a random zone. */
    static final int WRITE_BATCH = 10;

    private Soak() {
    }

    /** The soak's own options beside the benchmark's. */
    record Settings(Benchmark.Options options, double writeRate, boolean nmt) {
        static Settings parse(String[] args) {
            double writeRate = 2;
            boolean nmt = false;
            List<String> rest = new ArrayList<>();
            for (String arg : args) {
                for (String word : arg.trim().split("\\s+")) {
                    if (word.startsWith("--write-rate=")) {
                        writeRate = Double.parseDouble(word.substring("--write-rate=".length()));
                    } else if (word.startsWith("--nmt=")) {
                        nmt = Boolean.parseBoolean(word.substring("--nmt=".length()));
                    } else if (!word.isEmpty()) {
                        rest.add(word);
                    }
                }
            }
            return new Settings(Benchmark.parse(rest.toArray(String[]::new)), writeRate, nmt);
        }
    }

    /** One minute of the soak (minute 0: the service started and idle). */
    record Minute(int minute, Traffic.Interval reads, Traffic.Interval writes, long rssMb, long heapUsedMb,
            long heapCommittedMb, Map<String, Long> nativeMb) {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(Settings.parse(args), System.out);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    static List<Minute> run(Settings s, PrintStream out) throws Exception {
        Benchmark.Options o = s.options();
        if (!Benchmark.generated(o)) {
            Benchmark.start(o, out).close();
        }
        Path data = o.dataDir().toAbsolutePath().normalize();
        try (var service = ServiceProcess.start(data,
                List.of("--zonegraph.seed.load-on-start=false"), s.nmt(), o.out().resolve("soak-service.log"));
                Driver driver = GraphDatabase.driver(service.boltUri(), AuthTokens.none(),
                        Config.builder().withLogging(Logging.none()).build())) {
            out.println("Service process " + service.pid() + ": " + service.flags());
            var cypher = new Benchmark.CypherClient(driver, "neo4j");
            var operations = Benchmark.operations(cypher, o.seed());
            var graphql = new Benchmark.GraphQlClient(service.port());
            List<String> zones = cypher.list("MATCH (z:Zone) RETURN z.id AS id ORDER BY id", Map.of()).stream()
                    .map(r -> r.get("id").asString()).toList();
            var writes = new Writes(graphql, zones);
            var reads = new Traffic();
            var written = new Traffic();
            long end = System.nanoTime() + o.duration().toNanos();
            List<Thread> clients = new ArrayList<>();
            for (int t = 0; t < o.concurrency(); t++) {
                var random = new SplittableRandom(o.seed() * 0x9E3779B97F4A7C15L + t);
                clients.add(client("soak-" + t, () -> {
                    while (System.nanoTime() < end) {
                        var op = operations.get(random.nextInt(operations.size()));
                        reads.call(op.name(), () -> graphql.call(op.document(), op.arguments().apply(random)
                                .variables()));
                    }
                }));
            }
            if (s.writeRate() > 0) {
                var random = new SplittableRandom(o.seed() * 7919);
                long interval = (long) (1e9 / s.writeRate());
                clients.add(client("soak-writer", () -> {
                    long next = System.nanoTime();
                    while (System.nanoTime() < end) {
                        written.call("assertFacts", () -> writes.assertBatch(WRITE_BATCH, random));
                        next = Math.max(next + interval, System.nanoTime() - interval);
                        Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                    }
                }));
            }
            out.printf(Locale.ROOT, "Soak: %d clients, %s of mixed reads over %d operations, %.1f writes/s of %d "
                    + "facts%n", o.concurrency(), o.duration(), operations.size(), s.writeRate(), WRITE_BATCH);
            List<Minute> minutes = new ArrayList<>();
            minutes.add(measure(0, reads.interval(), written.interval(), service));
            out.println(row(minutes.get(0)));
            clients.forEach(Thread::start);
            try {
                while (System.nanoTime() < end) {
                    Thread.sleep(Math.min(MINUTE.toMillis(), Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                    minutes.add(measure(minutes.size(), reads.interval(), written.interval(), service));
                    out.println(row(minutes.get(minutes.size() - 1)));
                }
                for (Thread client : clients) {
                    client.join();
                }
            } finally {
                Writes.remove(cypher);
            }
            reads.firstError().ifPresent(e -> out.println("first read error: " + e));
            written.firstError().ifPresent(e -> out.println("first write error: " + e));
            write(s, service, minutes, out);
            return minutes;
        }
    }

    private static Thread client(String name, Traffic.Loop loop) {
        var thread = new Thread(() -> {
            try {
                loop.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        thread.setDaemon(true);
        return thread;
    }

    private static Minute measure(int minute, Traffic.Interval reads, Traffic.Interval writes, ServiceProcess service)
            throws Exception {
        long[] heap = service.heapMb();
        return new Minute(minute, reads, writes, service.rssMb(), heap[0], heap[1], service.nativeMemoryMb());
    }

    private static String row(Minute m) {
        var r = m.reads();
        var w = m.writes();
        var line = new StringBuilder(String.format(Locale.ROOT,
                "| %d | %,d | %d | %.2f | %.2f | %.2f | %,d | %d | %.2f | %,d | %,d | %,d |", m.minute(), r.requests(),
                r.errors(), r.p50(), r.p99(), r.max(), w.requests(), w.errors(), w.p99(), m.rssMb(), m.heapUsedMb(),
                m.heapCommittedMb()));
        m.nativeMb().values().forEach(mb -> line.append(String.format(Locale.ROOT, " %,d |", mb)));
        return line.toString();
    }

    private static void write(Settings s, ServiceProcess service, List<Minute> minutes, PrintStream out)
            throws Exception {
        var o = s.options();
        var md = new StringBuilder("# zonegraph soak: ").append(o.sizeLabel()).append(" enterprises\n\n");
        md.append(String.format(Locale.ROOT, "%d read clients (the six benchmark operations at random) and %.1f "
                + "assertFacts requests/s of %d facts, %s; the service as its own process:%n%n    %s%n%n",
                o.concurrency(), s.writeRate(), WRITE_BATCH, o.duration(), service.flags()));
        md.append("| minute | reads | read errors | read p50 ms | read p99 ms | read max ms | writes | write errors "
                + "| write p99 ms | RSS MB | heap used MB | heap committed MB |");
        minutes.get(0).nativeMb().keySet().forEach(k -> md.append(" NMT ").append(k).append(" MB |"));
        md.append("\n|").append("---:|".repeat(12 + minutes.get(0).nativeMb().size())).append('\n');
        minutes.forEach(m -> md.append(row(m)).append('\n'));
        if (s.nmt()) {
            md.append("\n## Native Memory Tracking at the end\n\n```\n")
                    .append(service.jcmd("VM.native_memory", "summary", "scale=MB").strip()).append("\n```\n");
        }
        Path file = o.out().resolve("soak-" + o.sizeLabel() + ".md");
        Files.writeString(file, md, StandardCharsets.UTF_8);
        out.println("Wrote " + file.toAbsolutePath());
    }
}
