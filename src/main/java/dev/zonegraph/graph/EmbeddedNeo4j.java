package dev.zonegraph.graph;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j running inside the service's JVM with its Bolt connector open, so that the service (through the driver)
 * and analysts' tools reach it exactly as they would reach a Neo4j server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;
    private final String boltAddress;
    private final int boltPort;
    private final boolean authEnabled;
    private final AuthToken login;

    private EmbeddedNeo4j(DatabaseManagementService dbms, String boltAddress, int boltPort, boolean authEnabled,
            AuthToken login) {
        this.dbms = dbms;
        this.boltAddress = boltAddress;
        this.boltPort = boltPort;
        this.authEnabled = authEnabled;
        this.login = login;
    }

    /** Starts the database with the default memory limits. */
    public static EmbeddedNeo4j start(EmbeddedProperties settings, Neo4jProperties connection) {
        return start(settings, EmbeddedMemory.DEFAULTS, connection);
    }

    /** Starts the database with Neo4j's default wait for bookmarks. */
    public static EmbeddedNeo4j start(EmbeddedProperties settings, EmbeddedMemory memory, Neo4jProperties connection) {
        return start(settings, memory, connection, GraphDatabaseSettings.bookmark_ready_timeout.defaultValue());
    }

    /**
     * Starts the database, or fails with a {@link StartupFailure} naming the setting to change. A transaction waits
     * at most {@code bookmarkWait} for the writes of the bookmarks it is given (the service's request time limit).
     */
    public static EmbeddedNeo4j start(EmbeddedProperties settings, EmbeddedMemory memory, Neo4jProperties connection,
            Duration bookmarkWait) {
        boolean auth = authRequired(settings);
        Path home = settings.dataDir().toAbsolutePath().normalize();
        requireWritable(home);
        if (settings.boltPort() != 0) {
            requireFreePort(settings.boltAddress(), settings.boltPort(), home);
        }
        String password = auth && connection.password().isEmpty()
                ? BoltLogin.readOrCreate(home, connection.username()) : connection.password();
        if (auth && password.length() < 8) {
            throw new StartupFailure("embedded Neo4j auth is on but zonegraph.neo4j.password is shorter than 8 characters",
                    "set ZONEGRAPH_NEO4J_PASSWORD to at least 8 characters, or leave it empty for a generated one", null);
        }
        long started = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(settings.boltAddress(), settings.boltPort()))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                    // LOAD CSV must never read the service's files, whoever asks.
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    // Transactions past their timeout are cancelled within this interval (default 2 s).
                    .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
                    // Neo4j waits up to 10 s for Bolt threads by default; the service closes its driver first.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(GraphDatabaseSettings.bookmark_ready_timeout, bookmarkWait)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, memory.pageCache().toBytes())
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, memory.transactionMax().toBytes())
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
                            memory.transactionTotalMax().toBytes())
                    .build();
        } catch (RuntimeException e) {
            throw new StartupFailure("embedded Neo4j failed to start in " + home + ": " + rootMessage(e),
                    "check zonegraph.embedded.data-dir and zonegraph.embedded.bolt-port", e);
        }
        var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var bolt = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (bolt == null) {
            dbms.shutdown();
            throw new StartupFailure("embedded Neo4j started but its Bolt connector did not open on "
                    + settings.boltAddress() + ":" + settings.boltPort(),
                    "set ZONEGRAPH_EMBEDDED_BOLT_PORT to a free port", null);
        }
        if (auth) {
            setPassword(system, connection.username(), password);
        }
        var embedded = new EmbeddedNeo4j(dbms, settings.boltAddress(), bolt.getPort(), auth,
                auth ? AuthTokens.basic(connection.username(), password) : AuthTokens.none());
        log.info("Embedded Neo4j started in {} ms: data in {}, Bolt on {}", (System.nanoTime() - started) / 1_000_000,
                home, embedded.boltUri());
        return embedded;
    }

    /** Whether Bolt clients must log in. */
    public boolean authEnabled() {
        return authEnabled;
    }

    /** The login the service's driver uses: none, or the configured or generated password. */
    public AuthToken login() {
        return login;
    }

    /** The routing URI the driver uses, as it would for a cluster. */
    public String boltUri() {
        return "neo4j://" + boltAddress + ":" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        dbms.shutdown();
        log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Makes {@code password} the user's, as configured or generated; a restart finds it already set. */
    private static void setPassword(GraphDatabaseAPI system, String user, String password) {
        try {
            system.executeTransactionally("ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("user", user, "password", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to set the password the user already has; that is the state wanted.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    /**
     * Auth as configured; unset, on exactly when Bolt listens beyond loopback. Off beyond loopback is refused: anyone
     * on the network could then read and write the graph.
     */
    private static boolean authRequired(EmbeddedProperties settings) {
        boolean exposed = !Loopback.only(settings.boltAddress());
        if (exposed && Boolean.FALSE.equals(settings.authEnabled())) {
            throw new StartupFailure("embedded Bolt would listen on " + settings.boltAddress()
                    + ", beyond this machine, with auth off",
                    "set ZONEGRAPH_EMBEDDED_BOLT_ADDRESS=127.0.0.1, or unset ZONEGRAPH_EMBEDDED_AUTH_ENABLED to get a "
                    + "generated login", null);
        }
        return settings.authEnabled() == null ? exposed : settings.authEnabled();
    }

    private static void requireWritable(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException | SecurityException e) {
            throw new StartupFailure("data folder " + home + " cannot be created: " + rootMessage(e),
                    "set ZONEGRAPH_EMBEDDED_DATA_DIR to a writable folder", e);
        }
        if (!Files.isDirectory(home) || !Files.isWritable(home)) {
            throw new StartupFailure("data folder " + home + " is not writable",
                    "set ZONEGRAPH_EMBEDDED_DATA_DIR to a writable folder", null);
        }
    }

    private static void requireFreePort(String address, int port, Path home) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            if (storeLocked(home)) {
                String host = address.equals("0.0.0.0") ? "127.0.0.1" : address;
                throw new StartupFailure("a zonegraph service is already running on the data folder " + home
                        + " with Bolt on " + address + ":" + port, "to load or import into it, add"
                        + " --zonegraph.neo4j.uri=neo4j://" + host + ":" + port + " (with its credentials, if it has a"
                        + " login); to run a second service, set ZONEGRAPH_EMBEDDED_DATA_DIR and"
                        + " ZONEGRAPH_EMBEDDED_BOLT_PORT", e);
            }
            throw new StartupFailure("Bolt port " + address + ":" + port + " is already in use (" + rootMessage(e) + ")",
                    "stop the other Neo4j or set ZONEGRAPH_EMBEDDED_BOLT_PORT to a free port", e);
        }
    }

    /** Whether a running Neo4j (another process) holds the store lock of the data folder {@code home}. */
    static boolean storeLocked(Path home) {
        Path lock = home.resolve("data/databases/store_lock");
        if (!Files.exists(lock)) {
            return false;
        }
        try (var channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return true;
            }
            held.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
