package dev.zonegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.graph.EmbeddedNeo4j;
import dev.zonegraph.support.CurationIntegrationTest;
import dev.zonegraph.support.Http;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A read that keeps failing with a transient Neo4j error (no transaction can begin: the database's limit of concurrent
 * transactions is taken) is tried again and then answered UNAVAILABLE, retryable, not INTERNAL_ERROR.
 */
@CurationIntegrationTest
class TransientReadTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedNeo4j neo4j;

    @Autowired
    Driver driver;

    @Test
    void aReadThatStaysTransientlyFailingIsTriedAgainThenAnsweredUnavailable() throws Exception {
        // The service offers no way to change a running database's settings; the test reaches the embedded one's
        // configuration (db.transaction.concurrent.maximum is dynamic) and puts it back afterwards.
        var field = EmbeddedNeo4j.class.getDeclaredField("dbms");
        field.setAccessible(true);
        var db = (GraphDatabaseAPI) ((DatabaseManagementService) field.get(neo4j)).database("neo4j");
        Config config = db.getDependencyResolver().resolveDependency(Config.class);
        int limit = config.get(GraphDatabaseSettings.max_concurrent_transactions);
        try (var session = driver.session(); var holder = session.beginTransaction()) {
            holder.run("RETURN 1").consume();
            config.setDynamic(GraphDatabaseSettings.max_concurrent_transactions, 1, "test");
            try {
                var reply = new Http(port).graphql("{ zone(id: \"zone:xian\") { name } }").json();
                assertThat(reply.at("/errors/0/extensions/classification").asString()).isEqualTo("UNAVAILABLE");
                assertThat(reply.at("/errors/0/extensions/retryable").asBoolean()).isTrue();
                assertThat(reply.at("/errors/0/extensions/code").asString())
                        .isEqualTo("Neo.TransientError.Transaction.MaximumTransactionLimitReached");
                assertThat(reply.at("/errors/0/path/0").asString()).isEqualTo("zone");
                assertThat(reply.at("/extensions/zonegraph/transactions").asInt()).isEqualTo(ReadRetries.ATTEMPTS);
            } finally {
                config.setDynamic(GraphDatabaseSettings.max_concurrent_transactions, limit, "test");
            }
        }
        var after = new Http(port).graphql("{ zone(id: \"zone:xian\") { name } }").json();
        assertThat(after.at("/data/zone/name").asString()).isNotEmpty();
        assertThat(after.has("errors")).isFalse();
    }
}
