package dev.zonegraph.curation;

import dev.zonegraph.StartupCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code --export-cypher=FILE} and {@code --export-facts=DIR}: write the current graph of the configured Neo4j as a
 * Cypher script or as seed-format files, then the service exits (see {@code ZonegraphApplication}).
 */
@Component
class ExportRunner extends StartupCommand {

    static final String CYPHER = "export-cypher";
    static final String FACTS = "export-facts";

    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    private final GraphExport cypher;
    private final FactsExport facts;

    ExportRunner(GraphExport cypher, FactsExport facts) {
        super(CYPHER, FACTS);
        this.cypher = cypher;
        this.facts = facts;
    }

    @Override
    protected void run(String option, List<String> values) {
        Path target = Path.of(values.get(0));
        if (option.equals(CYPHER)) {
            try {
                Files.writeString(target, cypher.cypher(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
            log.info("Wrote the current graph as Cypher to {}", target.toAbsolutePath());
        } else {
            int articles = facts.write(target);
            log.info("Wrote {} articles with their facts, and the reference regions, to {}", articles,
                    target.toAbsolutePath());
        }
    }
}
