package dev.zonegraph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher}: constraints, indexes and the CJK full-text index, at every start in every
 * mode (embedded or external, seeded or not: search needs its index whoever loaded the data). {@code IF NOT EXISTS}
 * silently keeps an older full-text index of the same name whatever its analyzer or fields, so that one is compared
 * with the file and rebuilt when it differs. A login that may not change the schema is logged, not fatal.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SchemaInstaller implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SchemaInstaller.class);
    private static final Pattern FULLTEXT = Pattern.compile(
            "CREATE FULLTEXT INDEX (\\w+) IF NOT EXISTS\\s+FOR \\(n:([\\w|]+)\\)\\s+ON EACH \\[([^\\]]+)]"
                    + "\\s+OPTIONS \\{indexConfig: \\{`fulltext.analyzer`: '(\\w+)'}}");

    private final Graph graph;

    SchemaInstaller(Graph graph) {
        this.graph = graph;
    }

    /** The statements of the schema file, comments removed. */
    public static List<String> statements() {
        String text = Cypher.read("schema.cypher").replaceAll("(?m)^//.*$", "");
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            install();
        } catch (Neo4jException e) {
            log.warn("Could not install cypher/schema.cypher ({}): search and lookups may be slow or fail until "
                    + "a user with schema rights installs it", e.getMessage());
        }
    }

    public void install() {
        for (String statement : statements()) {
            Matcher fulltext = FULLTEXT.matcher(statement);
            if (fulltext.find()) {
                dropIfDifferent(fulltext);
            }
            graph.write(tx -> tx.run(statement).consume());
        }
        graph.read(tx -> tx.run("CALL db.awaitIndexes(300)").consume());
    }

    private void dropIfDifferent(Matcher wanted) {
        String name = wanted.group(1);
        List<String> labels = List.of(wanted.group(2).split("\\|"));
        List<String> properties = Arrays.stream(wanted.group(3).split(","))
                .map(p -> p.strip().replaceFirst("^n\\.", "")).toList();
        String analyzer = wanted.group(4);
        boolean stale = graph.read(tx -> tx.run("""
                SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options
                WHERE name = $name
                RETURN labelsOrTypes, properties, options.indexConfig.`fulltext.analyzer` AS analyzer""",
                Map.of("name", name)).list(row -> !row.get("labelsOrTypes").asList().equals(labels)
                        || !row.get("properties").asList().equals(properties)
                        || !row.get("analyzer").asString().equals(analyzer))
                .stream().anyMatch(Boolean::booleanValue));
        if (stale) {
            log.info("Full-text index {} differs from cypher/schema.cypher: rebuilding it", name);
            graph.write(tx -> tx.run("DROP INDEX " + name).consume());
        }
    }
}
