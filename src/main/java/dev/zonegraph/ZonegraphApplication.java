package dev.zonegraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the zonegraph service: GraphQL over a Neo4j graph of China's high-tech zones. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ZonegraphApplication {

    public static void main(String[] args) {
        try {
            SpringApplication.run(ZonegraphApplication.class, args);
        } catch (RuntimeException failure) {
            // The failure was already reported on one line (StartupFailureReporter) or logged by Spring.
            System.exit(1);
        }
    }
}
