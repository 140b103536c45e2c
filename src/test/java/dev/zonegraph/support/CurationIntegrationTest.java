package dev.zonegraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service on its own embedded Neo4j for the tests that write (curators' mutations), so that the graph the
 * read tests count stays the seed; GraphQL requests time out after 2 s. It accepts the test API keys of
 * {@link Credentials}. Classes using it share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zonegraph.embedded.data-dir=target/test-neo4j/${random.uuid}",
        "zonegraph.embedded.bolt-port=0",
        "zonegraph.api.request-timeout=2s"})
@TestPropertySource(locations = "classpath:test-credentials.properties")
public @interface CurationIntegrationTest {
}
