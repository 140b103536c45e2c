package dev.zonegraph.seed;

import java.util.List;

/**
 * The whole seed, validated: reference data that is not from the page (administrative divisions, cited to
 * GB/T 2260) and the articles with their facts.
 */
public record Seed(List<Fact.Node> referenceNodes, List<Fact.Link> referenceLinks, List<ArticleFacts> articles) {

    /** Where the reference data comes from; stored as {@code source} on its nodes and relationships. */
    public static final String REFERENCE_SOURCE = "GB/T 2260";

    public int factCount() {
        return referenceNodes.size() + referenceLinks.size()
                + articles.stream().mapToInt(ArticleFacts::factCount).sum();
    }
}
