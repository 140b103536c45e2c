package dev.zonegraph.extract;

import java.util.List;
import java.util.Map;

/**
 * What the extractor proposes for one article, in the seed vocabulary: entities, relationships and figures, each
 * with the verbatim quote that proves it, where the quote stands and how sure the rule that found it is.
 */
public record Proposals(String articleId, List<Entity> entities, List<Relation> relations,
        List<Indicator> indicators) {

    /**
     * Where a quote stands: {@code field} is {@code text} (the cleaned body, paragraphs joined by newlines),
     * {@code title}, {@code kicker} or {@code byline}; {@code start}/{@code end} are character offsets in it.
     */
    public record Evidence(String quote, String field, int start, int end) {
    }

    /**
     * A node; {@code existing} is true when it resolved to an entity already known (then {@code id} and
     * {@code name} are the known ones and the printed form, if different, is an alias).
     */
    public record Entity(String id, String label, String name, List<String> aliases, Map<String, Object> props,
            Evidence evidence, double confidence, boolean existing) {
    }

    /** A relationship between two entities, by id. */
    public record Relation(String from, String type, String to, Map<String, Object> props, Evidence evidence,
            double confidence) {
    }

    /** One figure about one subject; {@code value} is null for a growth-only statement. */
    public record Indicator(String id, String subject, String metric, Double value, String unit, String qualifier,
            String period, Integer year, Double growth, String kind, Evidence evidence, double confidence) {
    }
}
