package dev.zonegraph.bench;

import dev.zonegraph.ZonegraphApplication;
import dev.zonegraph.support.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service started as its own process, as it runs in production: its own JVM with the memory flags and
 * environment that {@code spring-boot:run} and the image use (pom.xml's {@code zonegraph.jvm.memory} and
 * {@code zonegraph.malloc-arena-max}, handed to the benchmark JVM as the system properties
 * {@code zonegraph.jvm.service} and {@code zonegraph.malloc-arena-max}), so that its RSS is the
 * service's alone. Reads that RSS from {@code /proc}, its heap from the Prometheus endpoint (as an operator) and, when
 * started with Native Memory Tracking, the JVM's own account of its memory from {@code jcmd}.
 */
final class ServiceProcess implements AutoCloseable {

    /** The JVM flags of the service, as pom.xml sets them (memory, and the packages Neo4j reflects into). */
    static final String JVM_FLAGS = System.getProperty("zonegraph.jvm.service", "");
    /** glibc's arena cap for the service's environment, as pom.xml sets it. */
    static final String MALLOC_ARENA_MAX = System.getProperty("zonegraph.malloc-arena-max", "");

    private static final Pattern NMT_CATEGORY = Pattern.compile(
            "^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)", Pattern.MULTILINE);
    private static final Pattern NMT_TOTAL = Pattern.compile("^Total: reserved=\\d+KB, committed=(\\d+)KB",
            Pattern.MULTILINE);

    private final Process process;
    private final int port;
    private final int boltPort;
    private final boolean nmt;
    private final List<String> flags;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServiceProcess(Process process, int port, int boltPort, boolean nmt, List<String> flags) {
        this.process = process;
        this.flags = flags;
        this.port = port;
        this.boltPort = boltPort;
        this.nmt = nmt;
    }

    /**
     * Starts the service on the embedded database in {@code data}, with the test API keys and {@code arguments}, and
     * waits up to two minutes for its readiness. Its log goes to {@code log}.
     */
    static ServiceProcess start(Path data, List<String> arguments, boolean nmt, Path log) throws Exception {
        int port = freePort();
        int boltPort = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Arrays.stream(JVM_FLAGS.trim().split("\\s+")).filter(f -> !f.isEmpty()).forEach(command::add);
        if (nmt) {
            command.add("-XX:NativeMemoryTracking=summary");
        }
        List<String> flags = List.copyOf(command.subList(1, command.size()));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ZonegraphApplication.class.getName(),
                "--server.port=" + port, Credentials.ACCEPT_ARGUMENT, "--zonegraph.neo4j.uri=",
                "--zonegraph.embedded.bolt-port=" + boltPort, "--zonegraph.embedded.data-dir=" + data,
                "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        command.addAll(arguments);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (!MALLOC_ARENA_MAX.isBlank()) {
            builder.environment().put("MALLOC_ARENA_MAX", MALLOC_ARENA_MAX);
            flags = new ArrayList<>(flags);
            flags.add(0, "MALLOC_ARENA_MAX=" + MALLOC_ARENA_MAX);
        }
        if (JVM_FLAGS.isBlank()) {
            throw new IllegalStateException("no -Dzonegraph.jvm.service: run the soak with -Pbench");
        }
        var service = new ServiceProcess(builder.start(), port, boltPort, nmt, flags);
        try {
            service.awaitReady(Duration.ofMinutes(2), log);
        } catch (Exception | Error e) {
            service.close();
            throw e;
        }
        return service;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    /** The JVM flags the service was started with (its command line up to the class path). */
    String flags() {
        return String.join(" ", flags);
    }

    /** The service's resident set size in MB, from /proc/(pid)/status. */
    long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no VmRSS for process " + process.pid());
    }

    /** Heap in use and committed, in MB, summed over the heap's pools from the Prometheus endpoint. */
    long[] heapMb() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(30));
        Credentials.OPERATOR.forEach(request::header);
        String text = http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        return new long[] {sum(text, "jvm_memory_used_bytes"), sum(text, "jvm_memory_committed_bytes")};
    }

    private static long sum(String prometheus, String metric) {
        double bytes = 0;
        for (String line : prometheus.split("\n")) {
            if (line.startsWith(metric + "{") && line.contains("area=\"heap\"")) {
                bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return Math.round(bytes / (1024 * 1024));
    }

    /**
     * Native Memory Tracking's committed MB per category (Java Heap, Class, Thread, Code, GC, Internal, Other, ...)
     * and "Total"; empty when the service was started without tracking.
     */
    Map<String, Long> nativeMemoryMb() throws Exception {
        var committed = new LinkedHashMap<String, Long>();
        if (!nmt) {
            return committed;
        }
        String summary = jcmd("VM.native_memory", "summary");
        Matcher total = NMT_TOTAL.matcher(summary);
        if (total.find()) {
            committed.put("Total", Long.parseLong(total.group(1)) / 1024);
        }
        Matcher category = NMT_CATEGORY.matcher(summary);
        while (category.find()) {
            committed.put(category.group(1).trim(), Long.parseLong(category.group(2)) / 1024);
        }
        return committed;
    }

    /** Runs {@code jcmd (pid) args...} and answers its output. */
    String jcmd(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), String.valueOf(process.pid())));
        command.addAll(List.of(args));
        var jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return output;
    }

    private void awaitReady(Duration timeout, Path log) throws Exception {
        var ready = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service was not ready within " + timeout + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
