package dev.zonegraph.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code --export-cypher=FILE} and {@code --export-facts=DIR}: write the current graph of the configured Neo4j as a
 * Cypher script or as seed-format files, then the service exits (see {@code ZonegraphApplication}).
 */
@Component
class ExportRunner implements ApplicationRunner {

    static final String CYPHER = "export-cypher";
    static final String FACTS = "export-facts";

    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    private final GraphExport cypher;
    private final FactsExport facts;

    ExportRunner(GraphExport cypher, FactsExport facts) {
        this.cypher = cypher;
        this.facts = facts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(CYPHER)) {
            Path file = Path.of(args.getOptionValues(CYPHER).get(0));
            try {
                Files.writeString(file, cypher.cypher(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            log.info("Wrote the current graph as Cypher to {}", file.toAbsolutePath());
        }
        if (args.containsOption(FACTS)) {
            Path dir = Path.of(args.getOptionValues(FACTS).get(0));
            int articles = facts.write(dir);
            log.info("Wrote {} articles with their facts, and the reference regions, to {}", articles,
                    dir.toAbsolutePath());
        }
    }
}
