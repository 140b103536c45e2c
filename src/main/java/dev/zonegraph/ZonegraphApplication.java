package dev.zonegraph;

import dev.zonegraph.seed.CypherScript;
import dev.zonegraph.seed.SeedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the zonegraph service: GraphQL over a Neo4j graph of China's high-tech zones. Two one-shot commands share
 * the entry point: {@code --load-seeds} loads the seed into the configured Neo4j and exits, and
 * {@code --export-cypher=FILE} writes the seed as a plain Cypher script.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ZonegraphApplication {

    public static void main(String[] args) throws IOException {
        var export = Arrays.stream(args).filter(a -> a.startsWith("--export-cypher=")).findFirst();
        if (export.isPresent()) {
            Path file = Path.of(export.get().substring("--export-cypher=".length()));
            Files.writeString(file, CypherScript.render(SeedReader.read("classpath:seeds/")), StandardCharsets.UTF_8);
            System.out.println("Wrote " + file.toAbsolutePath());
            return;
        }
        boolean oneShot = Arrays.asList(args).contains("--load-seeds");
        var application = new SpringApplication(ZonegraphApplication.class);
        if (oneShot) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        try {
            var context = application.run(args);
            if (oneShot) {
                System.exit(SpringApplication.exit(context));
            }
        } catch (RuntimeException failure) {
            // Already reported on one line (OneLineFailureReporter) or logged by Spring.
            System.exit(1);
        }
    }
}
