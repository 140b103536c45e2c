package dev.zonegraph;

import dev.zonegraph.curation.DryRun;
import dev.zonegraph.extract.ProposeCommand;
import dev.zonegraph.security.NewApiKey;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * Starts the zonegraph service: GraphQL over a Neo4j graph of China's high-tech zones. One-shot commands share the
 * entry point: {@code --load-seeds} loads the seed into the configured Neo4j and exits, {@code --import=PATH} imports
 * article and facts files and exits, {@code --import=PATH --dry-run} only checks them (no Spring, no database),
 * {@code --export-cypher=FILE} and {@code --export-facts=DIR} write the current graph as a plain Cypher script or as
 * seed-format files, {@code --new-api-key[=NAME]} prints a new API key with its hash, and
 * {@code --propose ARTICLE_FILE} prints the facts the extractor proposes for an article (no Spring, no database).
 * Those that need Spring and the database are {@link StartupCommand}s.
 */
// Sign-in is by API key or JWT only (dev.zonegraph.security): no generated user and password.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class ZonegraphApplication {

    public static void main(String[] args) {
        if (ProposeCommand.requested(args)) {
            try {
                ProposeCommand.run(args);
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("--propose: " + e.getMessage());
                System.exit(2);
            }
            return;
        }
        if (NewApiKey.run(args, System.out)) {
            return;
        }
        List<String> imports = Arrays.stream(args).filter(a -> a.startsWith("--import="))
                .map(a -> a.substring("--import=".length())).toList();
        if (Arrays.asList(args).contains("--dry-run")) {
            if (imports.isEmpty()) {
                System.err.println("--dry-run checks the files of --import=PATH: give one or more");
                System.exit(2);
            }
            System.exit(DryRun.run(imports, System.out, System.err));
        }
        boolean oneShot = Arrays.asList(args).contains("--load-seeds") || !imports.isEmpty()
                || Arrays.stream(args).anyMatch(a -> a.startsWith("--export-cypher=")
                        || a.startsWith("--export-facts="));
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
