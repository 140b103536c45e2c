package dev.zonegraph.seed;

import dev.zonegraph.graph.Cypher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neo4j.driver.TransactionContext;

/**
 * Writes checked nodes and links with the statements of {@code cypher/seed/}, one statement per label (or pair of
 * labels for links). Neo4j 5.26 plans a dynamic label such as {@code $(node.label)} as a scan of every node, while a
 * static one is an index seek on the label's id constraint; so each batch runs with its label written in
 * ({@link Cypher#withLabels}).
 */
public final class GraphWrites {

    private GraphWrites() {
    }

    /** MERGEs {@code nodes} on label and id, each with its MENTIONED_IN from its source article. */
    public static void mergeNodes(TransactionContext tx, List<Fact.Node> nodes) {
        byKey(nodes, Fact.Node::label).forEach((label, batch) -> tx.run(Cypher.SEED_MERGE_NODES.withLabels(
                Map.of("node.label", label)), Map.of("nodes", SeedLoader.nodeMaps(batch))));
    }

    /** MERGEs reference nodes (which no article proves) on label and id. */
    public static void mergeReferenceNodes(TransactionContext tx, List<Fact.Node> nodes) {
        byKey(nodes, Fact.Node::label).forEach((label, batch) -> tx.run(Cypher.SEED_MERGE_REFERENCE_NODES
                .withLabels(Map.of("node.label", label)), Map.of("nodes", SeedLoader.nodeMaps(batch))));
    }

    /** MERGEs {@code links} between nodes whose labels {@code labels} gives, each with its source and quote. */
    public static void mergeLinks(TransactionContext tx, List<Fact.Link> links, Map<String, String> labels) {
        byKey(links, l -> labels.get(l.from()) + ">" + labels.get(l.to())).forEach((pair, batch) -> {
            String[] ends = pair.split(">");
            tx.run(Cypher.SEED_MERGE_LINKS.withLabels(Map.of("link.fromLabel", ends[0], "link.toLabel", ends[1])),
                    Map.of("links", SeedLoader.linkMaps(batch, labels)));
        });
    }

    /** {@code items} grouped by {@code key}, in first-seen order. */
    public static <T> Map<String, List<T>> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
