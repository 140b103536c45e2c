package dev.zonegraph.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Reports whether Neo4j answers a query through the driver, with its version and edition ({@code /actuator/health}). */
@Component("neo4j")
class Neo4jHealthIndicator extends AbstractHealthIndicator {

    private final Driver driver;
    private final SessionConfig session;
    private final String database;

    Neo4jHealthIndicator(Driver driver, Neo4jProperties connection) {
        super("Neo4j health check failed");
        this.driver = driver;
        this.database = connection.database();
        this.session = SessionConfig.builder().withDatabase(database).build();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        try (var s = driver.session(session)) {
            var row = s.executeRead(tx -> tx.run("""
                    CALL dbms.components() YIELD versions, edition
                    RETURN versions[0] AS version, edition""").single());
            builder.up()
                    .withDetail("server", row.get("version").asString())
                    .withDetail("edition", row.get("edition").asString())
                    .withDetail("database", database);
        }
    }
}
