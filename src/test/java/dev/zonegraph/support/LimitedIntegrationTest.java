package dev.zonegraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service with tight limits (2 s GraphQL requests, depth 9, a 1 s console with 50 rows, 100 KB answers
 * and 16 KB values, 32 MB per Neo4j transaction, expensive from 5,000, one at a time, waiting 300 ms) and one CORS
 * origin, on its own embedded Neo4j, for the tests that push against limits; it accepts the test API keys of
 * {@link Credentials}. Classes using it share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zonegraph.embedded.data-dir=target/test-neo4j/${random.uuid}",
        "zonegraph.embedded.bolt-port=0",
        "zonegraph.api.request-timeout=2s",
        "zonegraph.api.max-depth=9",
        "zonegraph.console.timeout=1s",
        "zonegraph.console.max-rows=50",
        "zonegraph.console.max-bytes=100KB",
        "zonegraph.console.max-value-bytes=16KB",
        "zonegraph.embedded.memory.transaction-max=32MB",
        "zonegraph.api.expensive-complexity=5000",
        "zonegraph.api.max-concurrent-expensive=1",
        "zonegraph.api.expensive-wait=300ms",
        "spring.graphql.cors.allowed-origins=http://frontend.test"})
@TestPropertySource(locations = "classpath:test-credentials.properties")
public @interface LimitedIntegrationTest {
}
