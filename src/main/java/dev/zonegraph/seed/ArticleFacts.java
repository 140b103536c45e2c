package dev.zonegraph.seed;

import java.util.List;
import java.util.Map;

/**
 * An article with everything its facts file states, and the label of every id those facts touch: written to Neo4j
 * in one transaction.
 */
public record ArticleFacts(Article article, List<Fact.Node> nodes, List<Fact.Link> links, Map<String, String> labels) {

    public int factCount() {
        return nodes.size() + links.size();
    }
}
