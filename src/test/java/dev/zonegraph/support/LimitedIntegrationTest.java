package dev.zonegraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service with tight limits (2 s GraphQL requests, depth 9, a 1 s console with 50 rows) and one CORS
 * origin, on its own embedded Neo4j, for the tests that push against limits. Classes using it share one context.
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
        "spring.graphql.cors.allowed-origins=http://frontend.test"})
public @interface LimitedIntegrationTest {
}
