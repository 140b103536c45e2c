package dev.zonegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zonegraph.ZonegraphApplication;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Each startup problem an operator can hit fails with a message that names it and the setting to change. */
class StartupFailureTests {

    @TempDir
    static Path temp;

    static EmbeddedNeo4j server;

    @BeforeAll
    static void startAServerWithAuth() {
        server = EmbeddedNeo4j.start(new EmbeddedProperties(temp.resolve("server"), "127.0.0.1", 0, true),
                new Neo4jProperties("", "neo4j", "right-password", "neo4j", Duration.ofSeconds(10)));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void wrongCredentialsAreNamed() {
        assertThatThrownBy(() -> start("--zonegraph.neo4j.uri=bolt://127.0.0.1:" + server.boltPort(),
                "--zonegraph.neo4j.password=wrong-password"))
                .rootCause().isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
        assertThat(failure("--zonegraph.neo4j.uri=bolt://127.0.0.1:" + server.boltPort(),
                "--zonegraph.neo4j.password=wrong-password"))
                .hasMessageContaining("refused the credentials of user 'neo4j'")
                .hasMessageNotContaining("wrong-password");
    }

    @Test
    void unreachableUriIsNamed() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(failure("--zonegraph.neo4j.uri=neo4j://127.0.0.1:" + closedPort,
                "--zonegraph.neo4j.connection-timeout=2s"))
                .hasMessageStartingWith("Neo4j at neo4j://127.0.0.1:" + closedPort + " is unreachable");
    }

    @Test
    void malformedUriIsNamed() {
        assertThat(failure("--zonegraph.neo4j.uri=http://127.0.0.1:7474"))
                .hasMessageStartingWith("Neo4j URI 'http://127.0.0.1:7474' is not valid");
    }

    @Test
    void boltPortInUseIsNamed() throws IOException {
        try (var busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress("127.0.0.1", 0));
            assertThat(failure("--zonegraph.embedded.data-dir=" + temp.resolve("busy-port"),
                    "--zonegraph.embedded.bolt-port=" + busy.getLocalPort()))
                    .hasMessageStartingWith("Bolt port 127.0.0.1:" + busy.getLocalPort() + " is already in use");
        }
    }

    @Test
    void unusableDataFolderIsNamed() throws IOException {
        Path aFile = Files.writeString(temp.resolve("not-a-folder"), "x");
        assertThat(failure("--zonegraph.embedded.data-dir=" + aFile.resolve("neo4j"), "--zonegraph.embedded.bolt-port=0"))
                .hasMessageStartingWith("data folder " + aFile.resolve("neo4j") + " cannot be created");
    }

    @Test
    void processPrintsOneLineAndExitsNonZero() throws Exception {
        try (var busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress("127.0.0.1", 0));
            assertThat(stderrOfFailedProcess("--zonegraph.embedded.data-dir=" + temp.resolve("process"),
                    "--zonegraph.embedded.bolt-port=" + busy.getLocalPort()))
                    .containsExactly("zonegraph failed to start: Bolt port 127.0.0.1:" + busy.getLocalPort()
                            + " is already in use (Address already in use)"
                            + " -> stop the other Neo4j or set ZONEGRAPH_EMBEDDED_BOLT_PORT to a free port");
        }
    }

    @Test
    void boltBeyondLoopbackWithAuthOffRefusesToStart() throws Exception {
        assertThat(stderrOfFailedProcess("--zonegraph.embedded.data-dir=" + temp.resolve("exposed"),
                "--zonegraph.embedded.bolt-port=0", "--zonegraph.embedded.bolt-address=0.0.0.0",
                "--zonegraph.embedded.auth-enabled=false"))
                .containsExactly("zonegraph failed to start: embedded Bolt would listen on 0.0.0.0, beyond this machine,"
                        + " with auth off -> set ZONEGRAPH_EMBEDDED_BOLT_ADDRESS=127.0.0.1, or unset"
                        + " ZONEGRAPH_EMBEDDED_AUTH_ENABLED to get a generated login");
        assertThat(temp.resolve("exposed")).as("nothing written before the refusal").doesNotExist();
    }

    /** Runs the service in its own JVM, which must exit with 1; its standard error, line by line. */
    private static List<String> stderrOfFailedProcess(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                ZonegraphApplication.class.getName(),
                "--server.port=0",
                "--logging.level.root=warn"));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(process.getErrorStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        return stderr.strip().lines().toList();
    }

    private static void start(String... args) {
        var args2 = new ArrayList<>(List.of(args));
        args2.add("--server.port=0");
        new SpringApplicationBuilder(ZonegraphApplication.class).run(args2.toArray(String[]::new)).close();
    }

    private static StartupFailure failure(String... args) {
        try {
            start(args);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof StartupFailure failure) {
                    return failure;
                }
            }
            throw new AssertionError("startup failed, but not with a StartupFailure", e);
        }
        throw new AssertionError("the service started");
    }
}
