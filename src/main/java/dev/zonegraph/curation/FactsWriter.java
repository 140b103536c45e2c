package dev.zonegraph.curation;

import dev.zonegraph.graph.Cypher;
import dev.zonegraph.seed.Article;
import dev.zonegraph.seed.ArticleFile;
import dev.zonegraph.seed.Fact;
import dev.zonegraph.seed.FactsValidator;
import dev.zonegraph.seed.GraphWrites;
import dev.zonegraph.seed.NodeMerge;
import dev.zonegraph.seed.Problem;
import dev.zonegraph.seed.SeedLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.TransactionContext;

/**
 * Writes checked articles and facts inside a caller's write transaction: facts already in the graph are recognised
 * (nothing written, nothing recorded), an id already used with other values is refused rather than overwritten, and
 * anything new is merged on id (so concurrent statements of one entity give one node) and recorded as a change.
 */
final class FactsWriter {

    private final TransactionContext tx;
    private final GraphSources sources;
    private final History history;

    FactsWriter(TransactionContext tx, History history) {
        this.tx = tx;
        this.sources = new GraphSources(tx);
        this.history = history;
    }

    /** The transaction this writer writes in. */
    TransactionContext tx() {
        return tx;
    }

    /** Adds an article given in the shape of an article file; {@code page} is the seed page, or null. */
    CurationResult addArticle(Map<String, Object> input, String page, Provenance provenance) {
        var problems = new ArrayList<Problem>();
        Article article = ArticleFile.read(input, page, problems);
        if (article == null || !problems.isEmpty()) {
            return new CurationResult.Refused(problems);
        }
        Map<String, Object> properties = SeedLoader.articleProperties(article);
        Map<String, Object> stored = sources.articleProperties(article.id());
        if (stored != null) {
            var without = new HashMap<>(stored);
            without.remove("id");
            if (sameProperties(without, properties)) {
                return new CurationResult.Unchanged(List.of(article.id()), 0);
            }
            return new CurationResult.Refused(List.of(new Problem(List.of("id"), "article " + article.id()
                    + " is already in the graph with other content", Problem.Code.CONFLICT)));
        }
        tx.run(Cypher.SEED_MERGE_ARTICLE.text(), Map.of("id", article.id(), "properties", properties));
        Change change = history.record(tx, provenance, Map.of(article.id(), "Article"), 0, List.of());
        return new CurationResult.Written(change, List.of(article.id()), 0);
    }

    CurationResult assertFacts(Map<String, Object> facts, Provenance provenance) {
        var checked = FactsValidator.check(facts, sources, false);
        if (!checked.problems().isEmpty()) {
            return new CurationResult.Refused(checked.problems());
        }
        var problems = new ArrayList<Problem>();
        var nodes = new ArrayList<Fact.Node>();
        boolean changed = mergeNodes(facts, checked.nodes(), nodes, problems);
        if (!problems.isEmpty()) {
            return new CurationResult.Refused(problems);
        }
        changed |= linksChanged(checked.links(), checked.labels());
        List<String> ids = nodes.stream().map(Fact.Node::id).toList();
        int relationships = checked.links().size() + nodes.size();
        if (!changed) {
            return new CurationResult.Unchanged(ids, relationships);
        }
        GraphWrites.mergeNodes(tx, nodes);
        GraphWrites.mergeLinks(tx, checked.links(), checked.labels());
        var labels = new java.util.LinkedHashMap<String, String>();
        nodes.forEach(n -> labels.put(n.id(), n.label()));
        var evidence = new LinkedHashSet<Change.Evidence>();
        nodes.forEach(n -> evidence.add(new Change.Evidence(n.source(), n.quote())));
        checked.links().forEach(l -> evidence.add(new Change.Evidence(l.source(), l.quote())));
        Change change = history.record(tx, provenance, labels, relationships, List.copyOf(evidence));
        return new CurationResult.Written(change, ids, relationships);
    }

    /**
     * Merges each stated node with its stored state into {@code merged}; conflicts go to {@code problems}. Returns
     * whether anything (a node, its properties or its mention) is new.
     */
    private boolean mergeNodes(Map<String, Object> facts, List<Fact.Node> stated, List<Fact.Node> merged,
            List<Problem> problems) {
        var existing = new HashMap<String, Map<String, Object>>();
        var quotes = new HashMap<String, String>();
        GraphWrites.byKey(stated, Fact.Node::label).forEach((label, batch) -> {
            var keys = batch.stream().map(n -> Map.<String, Object>of("id", n.id(), "label", n.label(),
                    "source", n.source())).toList();
            tx.run(Cypher.CURATION_EXISTING_NODES.withLabels(Map.of("node.label", label)), Map.of("nodes", keys))
                    .forEachRemaining(row -> {
                        if (!row.get("properties").isNull()) {
                            var properties = new HashMap<>(row.get("properties").asMap());
                            properties.remove("id");
                            existing.put(row.get("id").asString(), properties);
                        }
                        quotes.put(row.get("id").asString(), row.get("quote").asString(null));
                    });
        });
        boolean changed = false;
        for (Fact.Node node : stated) {
            Map<String, Object> known = existing.get(node.id());
            Map<String, Object> properties = node.properties();
            if (known != null) {
                var merge = NodeMerge.of(known, node.properties());
                for (String conflict : merge.conflicts()) {
                    problems.add(new Problem(GraphqlInput.pathOf(facts, node.id()), node.id() + " is already in the"
                            + " graph with other data: " + conflict + " (correct it with correctFact)",
                            Problem.Code.CONFLICT));
                }
                properties = merge.properties();
            }
            changed |= known == null || !sameProperties(known, properties)
                    || !Objects.equals(quotes.get(node.id()), node.quote());
            merged.add(new Fact.Node(node.id(), node.label(), properties, node.source(), node.quote()));
        }
        return changed;
    }

    /** Whether some stated link is not in the graph as stated (same ends, type, source, quote and properties). */
    private boolean linksChanged(List<Fact.Link> stated, Map<String, String> labels) {
        var found = new HashMap<List<String>, Map<String, Object>>();
        GraphWrites.byKey(stated, l -> labels.get(l.from()) + ">" + labels.get(l.to())).forEach((pair, batch) -> {
            String[] ends = pair.split(">");
            tx.run(Cypher.CURATION_EXISTING_LINKS.withLabels(Map.of("link.fromLabel", ends[0], "link.toLabel",
                    ends[1])), Map.of("links", SeedLoader.linkMaps(batch, labels))).forEachRemaining(row -> {
                        if (!row.get("properties").isNull()) {
                            found.put(List.of(row.get("fromId").asString(), row.get("type").asString(),
                                    row.get("toId").asString(), row.get("source").asString()),
                                    row.get("properties").asMap());
                        }
                    });
        });
        for (Fact.Link link : stated) {
            var expected = new HashMap<String, Object>(link.properties());
            expected.put("source", link.source());
            expected.put("quote", link.quote());
            var stored = found.get(List.of(link.from(), link.type(), link.to(), link.source()));
            if (stored == null || !sameProperties(stored, expected)) {
                return true;
            }
        }
        return false;
    }

    /** Equal as stored: same keys, numbers equal whatever their Java type. */
    static boolean sameProperties(Map<String, Object> stored, Map<String, Object> stated) {
        var a = new HashMap<>(stored);
        var b = new HashMap<>(stated);
        a.values().removeIf(Objects::isNull);
        b.values().removeIf(Objects::isNull);
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> NodeMerge.same(e.getValue(), b.get(e.getKey())));
    }
}
