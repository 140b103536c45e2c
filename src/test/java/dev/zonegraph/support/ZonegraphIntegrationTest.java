package dev.zonegraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service on a random HTTP port, with its embedded Neo4j in a fresh folder under target/ and Bolt on a
 * free port, accepting the test API keys of {@link Credentials}. Every class using it shares one application
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zonegraph.embedded.data-dir=target/test-neo4j/${random.uuid}",
        "zonegraph.embedded.bolt-port=0"})
@TestPropertySource(locations = "classpath:test-credentials.properties")
public @interface ZonegraphIntegrationTest {
}
