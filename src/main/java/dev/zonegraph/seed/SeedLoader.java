package dev.zonegraph.seed;

import dev.zonegraph.graph.Cypher;
import dev.zonegraph.graph.Graph;
import dev.zonegraph.graph.SchemaInstaller;
import dev.zonegraph.stats.GraphStats;
import dev.zonegraph.stats.GraphStatsReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Seed} to Neo4j: the schema first, then the reference regions, then each article in one write
 * transaction (all of its facts or none). Loading again writes the same graph: relationships an article stated are
 * replaced by what its file says now, and nodes that only it mentioned and no longer does are removed.
 */
@Component
public class SeedLoader {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final Graph graph;
    private final SchemaInstaller schema;
    private final GraphStatsReader stats;

    SeedLoader(Graph graph, SchemaInstaller schema, GraphStatsReader stats) {
        this.graph = graph;
        this.schema = schema;
        this.stats = stats;
    }

    /** Whether the graph holds {@code articles} articles loaded from seed files with this fingerprint. */
    public boolean isLoaded(String fingerprint, long articles) {
        return graph.read(tx -> tx.run(Cypher.SEED_LOADED_ARTICLES.text(), Map.of("fingerprint", fingerprint))
                .single().get("count").asLong() == articles);
    }

    /**
     * Loads the whole seed, logging progress per article and a summary, and marks its articles with the fingerprint
     * of the files it was read from; returns the counts afterwards.
     */
    public GraphStats load(Seed seed, String fingerprint) {
        GraphStats counts = load(seed);
        var ids = seed.articles().stream().map(a -> a.article().id()).toList();
        graph.write(tx -> tx.run(Cypher.SEED_MARK_LOADED.text(), Map.of("ids", ids, "fingerprint", fingerprint))
                .consume());
        return counts;
    }

    /** Loads the whole seed, logging progress per article and a summary; returns the counts afterwards. */
    public GraphStats load(Seed seed) {
        long started = System.nanoTime();
        schema.install();
        Map<String, String> labels = labelsById(seed);
        graph.write(tx -> {
            GraphWrites.mergeReferenceNodes(tx, seed.referenceNodes());
            GraphWrites.mergeLinks(tx, seed.referenceLinks(), labels);
            return null;
        });
        log.info("Seed [reference] {}: {} regions, {} links", Seed.REFERENCE_SOURCE, seed.referenceNodes().size(),
                seed.referenceLinks().size());
        int done = 0;
        for (ArticleFacts facts : seed.articles()) {
            long articleStarted = System.nanoTime();
            graph.write(tx -> writeArticle(tx, facts, labels));
            log.info("Seed [{}/{}] {}: {} nodes, {} relationships in {} ms", ++done, seed.articles().size(),
                    facts.article().id(), facts.nodes().size(), facts.links().size(),
                    (System.nanoTime() - articleStarted) / 1_000_000);
        }
        GraphStats counts = stats.read();
        log.info("Seed loaded: {} articles, {} facts in {} ms; graph has {} nodes, {} relationships",
                seed.articles().size(), seed.factCount(), (System.nanoTime() - started) / 1_000_000, counts.nodes(),
                counts.relationships());
        log.info("Nodes per label: {}", summary(counts.labels()));
        log.info("Relationships per type: {}", summary(counts.relationshipTypes()));
        return counts;
    }

    private Void writeArticle(TransactionContext tx, ArticleFacts facts, Map<String, String> labels) {
        Article article = facts.article();
        List<Object> before = tx.run(Cypher.SEED_MENTIONS_OF_ARTICLE.text(), Map.of("article", article.id()))
                .single().get("ids").asList();
        tx.run(Cypher.SEED_CLEAR_ARTICLE_RELATIONSHIPS.text(), Map.of("article", article.id()));
        tx.run(Cypher.SEED_MERGE_ARTICLE.text(), Map.of("id", article.id(), "properties", articleProperties(article)));
        GraphWrites.mergeNodes(tx, facts.nodes());
        GraphWrites.mergeLinks(tx, facts.links(), labels);
        tx.run(Cypher.SEED_DELETE_ORPHANS.text(), Map.of("ids", before));
        return null;
    }

    /** The properties an Article node stores: its metadata and its cleaned text. */
    public static Map<String, Object> articleProperties(Article article) {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("name", article.title());
        properties.put("title", article.title());
        properties.put("kicker", article.kicker());
        properties.put("subtitle", article.subtitle());
        properties.put("byline", article.byline());
        properties.put("authors", article.authors());
        properties.put("order", article.order() > 0 ? article.order() : null);
        properties.put("url", article.url());
        properties.put("published", article.published());
        properties.put("text", article.text());
        properties.values().removeIf(v -> v == null);
        return properties;
    }

    static Map<String, String> labelsById(Seed seed) {
        Map<String, String> labels = new HashMap<>();
        seed.referenceNodes().forEach(n -> labels.put(n.id(), n.label()));
        for (ArticleFacts facts : seed.articles()) {
            labels.putAll(facts.labels());
            labels.put(facts.article().id(), "Article");
            facts.nodes().forEach(n -> labels.put(n.id(), n.label()));
        }
        return labels;
    }

    /** Nodes as the parameter of {@code seed/merge-nodes.cypher}: {id, label, properties, source, quote}. */
    public static List<Map<String, Object>> nodeMaps(List<Fact.Node> nodes) {
        return nodes.stream().map(n -> {
            var map = new HashMap<String, Object>();
            map.put("id", n.id());
            map.put("label", n.label());
            map.put("properties", n.properties());
            map.put("source", n.source());
            map.put("quote", n.quote());
            return (Map<String, Object>) map;
        }).toList();
    }

    /** Links as the parameter of {@code seed/merge-links.cypher}, each end with its label. */
    public static List<Map<String, Object>> linkMaps(List<Fact.Link> links, Map<String, String> labels) {
        return links.stream().map(l -> {
            var map = new HashMap<String, Object>();
            map.put("from", l.from());
            map.put("fromLabel", labels.get(l.from()));
            map.put("type", l.type());
            map.put("to", l.to());
            map.put("toLabel", labels.get(l.to()));
            map.put("properties", l.properties());
            map.put("source", l.source());
            map.put("quote", l.quote());
            return (Map<String, Object>) map;
        }).toList();
    }

    private static String summary(List<GraphStats.Count> counts) {
        return counts.stream().map(c -> c.name() + "=" + c.count()).collect(Collectors.joining(", "));
    }
}
