package dev.zonegraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A soak: the benchmark's six read operations mixed at random from {@code --concurrency} clients for
 * {@code --duration}, reporting per minute the requests, errors, p50/p99/max latency and the process's RSS and heap
 * (service and clients share the process, as in {@link Benchmark}). Flat is the target. It measures only.
 *
 * <pre>
 * ./mvnw -q -Pbench -Dbench.main=dev.zonegraph.bench.Soak -Dbench.args="--enterprises=10k --duration=10m --concurrency=8"
 * </pre>
 */
public final class Soak {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private Soak() {
    }

    /** One minute of the soak. */
    record Minute(int minute, long requests, long errors, double p50, double p99, double max, long rssMb,
            long heapUsedMb) {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(Benchmark.parse(args), System.out);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    static List<Minute> run(Benchmark.Options o, PrintStream out) throws Exception {
        try (Benchmark.Started started = Benchmark.start(o, out);
                Driver driver = GraphDatabase.driver(started.neo4j().boltUri(), AuthTokens.none(), Config.defaultConfig())) {
            var operations = Benchmark.operations(new Benchmark.CypherClient(driver, started.database()), o.seed());
            var graphql = new Benchmark.GraphQlClient(started.port());
            var recorder = new Recorder(3);
            var errors = new AtomicLong();
            var firstError = new AtomicReference<String>();
            long end = System.nanoTime() + o.duration().toNanos();
            List<Thread> clients = new ArrayList<>();
            for (int t = 0; t < o.concurrency(); t++) {
                var random = new SplittableRandom(o.seed() * 0x9E3779B97F4A7C15L + t);
                var thread = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        var op = operations.get(random.nextInt(operations.size()));
                        long sent = System.nanoTime();
                        Load.Outcome outcome;
                        try {
                            outcome = graphql.call(op.document(), op.arguments().apply(random).variables());
                        } catch (Exception e) {
                            outcome = Load.Outcome.failed(op.name() + ": " + e);
                        }
                        recorder.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                        if (outcome.error()) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, op.name() + ": " + outcome.message());
                        }
                    }
                }, "soak-" + t);
                thread.setDaemon(true);
                clients.add(thread);
            }
            out.printf(Locale.ROOT, "Soak: %d clients, %s of mixed reads over %d operations%n", o.concurrency(),
                    o.duration(), operations.size());
            clients.forEach(Thread::start);
            List<Minute> minutes = new ArrayList<>();
            Histogram interval = null;
            long lastErrors = 0;
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(MINUTE.toMillis(), Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                interval = recorder.getIntervalHistogram(interval);
                long errorCount = errors.get();
                var minute = new Minute(minutes.size() + 1, interval.getTotalCount(), errorCount - lastErrors,
                        interval.getValueAtPercentile(50) / 1000.0, interval.getValueAtPercentile(99) / 1000.0,
                        interval.getMaxValue() / 1000.0, Benchmark.Machine.measureRssMb(), heapUsedMb());
                lastErrors = errorCount;
                minutes.add(minute);
                out.println(row(minute));
            }
            for (Thread client : clients) {
                client.join();
            }
            if (firstError.get() != null) {
                out.println("first error: " + firstError.get());
            }
            write(o, started, minutes, out);
            return minutes;
        }
    }

    private static long heapUsedMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static String row(Minute m) {
        return String.format(Locale.ROOT, "| %d | %,d | %d | %.2f | %.2f | %.2f | %,d | %,d |", m.minute(),
                m.requests(), m.errors(), m.p50(), m.p99(), m.max(), m.rssMb(), m.heapUsedMb());
    }

    private static void write(Benchmark.Options o, Benchmark.Started started, List<Minute> minutes, PrintStream out)
            throws IOException {
        var md = new StringBuilder("# zonegraph soak: ").append(o.sizeLabel()).append(" enterprises\n\n");
        md.append(String.format(Locale.ROOT, "%d clients, %s, the six benchmark operations at random; graph %s; "
                + "max heap %,d MB%n%n", o.concurrency(), o.duration(), started.importSummary(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        md.append("| minute | requests | errors | p50 ms | p99 ms | max ms | RSS MB | heap used MB |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        minutes.forEach(m -> md.append(row(m)).append('\n'));
        Path file = o.out().resolve("soak-" + o.sizeLabel() + ".md");
        Files.writeString(file, md, StandardCharsets.UTF_8);
        out.println("Wrote " + file.toAbsolutePath());
    }
}
