package dev.zonegraph.seed;

import java.util.List;

/** An article with everything it states: written to Neo4j in one transaction. */
public record ArticleFacts(Article article, List<Fact.Node> nodes, List<Fact.Link> links) {

    public int factCount() {
        return nodes.size() + links.size();
    }
}
