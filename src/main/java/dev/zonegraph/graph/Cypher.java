package dev.zonegraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Cypher statements the service runs, each kept in its own file under {@code cypher/} (analysts read and reuse
 * them) and referred to here by constant. Every file is read when the service starts ({@link CypherCheck}); a
 * missing one stops it.
 */
public enum Cypher {

    SEED_MENTIONS_OF_ARTICLE("seed/mentions-of-article.cypher"),
    SEED_CLEAR_ARTICLE_RELATIONSHIPS("seed/clear-article-relationships.cypher"),
    SEED_MERGE_ARTICLE("seed/merge-article.cypher"),
    SEED_MERGE_NODES("seed/merge-nodes.cypher"),
    SEED_MERGE_REFERENCE_NODES("seed/merge-reference-nodes.cypher"),
    SEED_MERGE_LINKS("seed/merge-links.cypher"),
    SEED_DELETE_ORPHANS("seed/delete-orphans.cypher"),
    SEED_LOADED_ARTICLES("seed/loaded-articles.cypher"),
    SEED_MARK_LOADED("seed/mark-loaded.cypher"),
    CURATION_EXISTING_NODES("curation/existing-nodes.cypher"),
    CURATION_EXISTING_LINKS("curation/existing-links.cypher"),
    CURATION_ARTICLE("curation/article.cypher"),
    CURATION_NODE_NAME("curation/node-name.cypher"),
    CURATION_RECORD_CHANGE("curation/record-change.cypher"),
    CURATION_LINK_CHANGED("curation/link-changed.cypher"),
    CURATION_CHANGES("curation/changes.cypher"),
    CURATION_COUNT_CHANGES("curation/count-changes.cypher"),
    CURATION_INDICATOR_STATE("curation/indicator-state.cypher"),
    CURATION_RELATIONSHIP_STATE("curation/relationship-state.cypher"),
    CURATION_DROP_INDICATOR_EVIDENCE("curation/drop-indicator-evidence.cypher"),
    CURATION_DELETE_INDICATOR("curation/delete-indicator.cypher"),
    CURATION_DELETE_RELATIONSHIPS("curation/delete-relationships.cypher"),
    CURATION_RECORD_REVISION("curation/record-revision.cypher"),
    CURATION_REVISIONS("curation/revisions.cypher"),
    EXPORT_NODES("export/nodes.cypher"),
    EXPORT_RELATIONSHIPS("export/relationships.cypher"),
    EXPORT_ARTICLES("export/articles.cypher"),
    EXPORT_ENTITIES("export/entities.cypher"),
    EXPORT_RELATIONS("export/relations.cypher"),
    EXPORT_INDICATORS("export/indicators.cypher"),
    EXPORT_REFERENCE("export/reference.cypher"),
    PROPOSAL_REGIONS("proposal/regions.cypher"),
    PROPOSAL_NAMED_ENTITIES("proposal/named-entities.cypher"),
    PROPOSAL_ENTITY_EXISTS("proposal/entity-exists.cypher"),
    PROPOSAL_MERGE("proposal/merge.cypher"),
    PROPOSAL_PAGE("proposal/page.cypher"),
    PROPOSAL_COUNT("proposal/count.cypher"),
    PROPOSAL_BY_IDS("proposal/by-ids.cypher"),
    PROPOSAL_DECIDE("proposal/decide.cypher"),
    PROPOSAL_ENTITY_PROPOSALS("proposal/entity-proposals.cypher"),
    PROPOSAL_EXISTING_FACTS("proposal/existing-facts.cypher");

    private final String file;
    private final String text;

    Cypher(String file) {
        this.file = file;
        this.text = read(file);
    }

    /** The statement, as written in its file (comments included; Neo4j ignores them). */
    public String text() {
        return text;
    }

    /**
     * The statement with each dynamic label {@code $(name)} named in {@code labels} written as that static label.
     * Neo4j 5.26 plans a dynamic label as a scan of every node and a static one as an index seek; callers batch their
     * rows by label. A label must be a plain identifier (the vocabulary's labels are), and is quoted besides.
     */
    public String withLabels(Map<String, String> labels) {
        String statement = text;
        for (var label : labels.entrySet()) {
            if (label.getValue() == null || !label.getValue().matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("not a label: " + label.getValue());
            }
            statement = statement.replace("$(" + label.getKey() + ")", "`" + label.getValue() + "`");
        }
        return statement;
    }

    /** The file under {@code cypher/}. */
    public String file() {
        return file;
    }

    /** Reads a file under {@code cypher/} from the classpath (the build copies the folder there). */
    public static String read(String file) {
        try (InputStream in = Cypher.class.getResourceAsStream("/cypher/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Cypher file cypher/" + file + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cypher/" + file, e);
        }
    }
}
