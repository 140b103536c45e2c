package dev.zonegraph.curation;

import dev.zonegraph.StartupCommand;
import dev.zonegraph.graph.SchemaInstaller;
import dev.zonegraph.graph.StartupFailure;
import java.util.List;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code --import=PATH} (repeatable): imports article and facts files into the configured Neo4j in one transaction,
 * then the service exits (see {@code ZonegraphApplication}). Problems are printed as
 * {@code file:line:column: message}, nothing is written, and the exit status is 1.
 */
@Component
class ImportRunner extends StartupCommand {

    static final String OPTION = "import";

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final CurationService curation;
    private final SchemaInstaller schema;

    ImportRunner(CurationService curation, SchemaInstaller schema) {
        super(OPTION);
        this.curation = curation;
        this.schema = schema;
    }

    @Override
    protected void run(String option, List<String> paths) {
        schema.install();
        var found = ImportFiles.collect(paths);
        Importer.Outcome outcome;
        try {
            outcome = found.problems().isEmpty()
                    ? curation.importFiles(found.files(), System.getProperty("user.name", "unknown"))
                    : new Importer.Outcome(List.of(), found.problems());
        } catch (Neo4jException e) {
            throw new StartupFailure("--import failed in Neo4j, nothing was written: " + e.getMessage(),
                    "an import is one transaction: if Neo4j names db.memory.transaction.max, raise"
                            + " ZONEGRAPH_EMBEDDED_MEMORY_TRANSACTION_MAX or import the files in several runs", e);
        }
        if (!outcome.problems().isEmpty()) {
            outcome.problems().forEach(System.err::println);
            throw new StartupFailure("--import refused: " + outcome.problems().size() + " problem(s) in the files,"
                    + " nothing was written", "fix the lines above, check with --dry-run, and import again", null);
        }
        outcome.lines().forEach(line -> log.info("Import {}", line));
    }
}
