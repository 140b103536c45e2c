package dev.zonegraph.graph;

import java.time.Duration;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.observation.metrics.MetricsObservationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Neo4j driver, pointed at an external server by URI or at the embedded database started here. */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${zonegraph.neo4j.uri:}'.isBlank()")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedProperties embedded, EmbeddedMemory memory, Neo4jProperties connection,
            @Value("${zonegraph.api.request-timeout:10s}") Duration requestTimeout) {
        return EmbeddedNeo4j.start(embedded, memory, connection, requestTimeout);
    }

    /**
     * The bookmarks of this instance's latest transactions, shared by every session {@link Graph} opens (causal
     * chaining inside one instance, as the driver's own {@code executableQuery} does).
     */
    @Bean
    BookmarkManager bookmarkManager() {
        return BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());
    }

    /** Counts the driver's connection pool events; {@link DriverPoolMeters} publishes them. */
    @Bean
    MetricsObservationProvider driverMetrics() {
        return MetricsObservationProvider.newInstance();
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(Neo4jProperties connection, ObjectProvider<EmbeddedNeo4j> embedded,
            MetricsObservationProvider driverMetrics,
            @Value("${zonegraph.api.request-timeout:10s}") Duration requestTimeout) {
        String uri = connection.external() ? connection.uri() : embedded.getObject().boltUri();
        AuthToken auth;
        if (!connection.external()) {
            auth = embedded.getObject().login();
        } else {
            auth = connection.password().isEmpty() ? AuthTokens.none()
                    : AuthTokens.basic(connection.username(), connection.password());
        }
        Config config = Config.builder()
                .withConnectionTimeout(connection.connectionTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .withUserAgent("zonegraph")
                .withObservationProvider(driverMetrics)
                // Managed transactions (writes, stats) retry transient failures; never for longer than a request may
                // take. The API's reads are not retried at all (QueryRunner).
                .withMaxTransactionRetryTime(requestTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .build();
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, config);
        } catch (IllegalArgumentException e) {
            throw new StartupFailure("Neo4j URI '" + uri + "' is not valid: " + e.getMessage(),
                    "set ZONEGRAPH_NEO4J_URI to bolt://host:7687, neo4j://host:7687 or neo4j+s://host", e);
        }
        try {
            driver.verifyConnectivity();
        } catch (AuthenticationException e) {
            driver.close();
            throw new StartupFailure("Neo4j at " + uri + " refused the credentials of user '" + connection.username() + "'",
                    "check ZONEGRAPH_NEO4J_USERNAME and ZONEGRAPH_NEO4J_PASSWORD", e);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new StartupFailure("Neo4j at " + uri + " is unreachable: " + EmbeddedNeo4j.rootMessage(e),
                    "check ZONEGRAPH_NEO4J_URI and that the server is running", e);
        } catch (Neo4jException e) {
            driver.close();
            throw new StartupFailure("Neo4j at " + uri + " cannot be used: " + e.getMessage(),
                    "check ZONEGRAPH_NEO4J_URI and the server's log", e);
        }
        return driver;
    }
}
