package dev.zonegraph.curation;

import dev.zonegraph.graph.Cypher;
import dev.zonegraph.seed.Article;
import dev.zonegraph.seed.FactsValidator;
import dev.zonegraph.seed.Vocabulary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.TransactionContext;

/** What facts may refer to in the graph, read inside the write transaction that will write them. */
final class GraphSources implements FactsValidator.Sources {

    private final TransactionContext tx;
    private final Map<String, Optional<Article>> articles = new HashMap<>();
    private final Map<String, Optional<FactsValidator.Known>> nodes = new HashMap<>();

    GraphSources(TransactionContext tx) {
        this.tx = tx;
    }

    @Override
    public Article article(String id) {
        return articles.computeIfAbsent(id, this::readArticle).orElse(null);
    }

    @Override
    public FactsValidator.Known node(String id) {
        return nodes.computeIfAbsent(id, key -> {
            String label = Vocabulary.labelOfId(key);
            if (label == null) {
                return Optional.empty();
            }
            var rows = tx.run(Cypher.CURATION_NODE_NAME.withLabels(Map.of("$label", label)), Map.of("id", key))
                    .list();
            return rows.isEmpty() ? Optional.empty()
                    : Optional.of(new FactsValidator.Known(label, rows.get(0).get("name").asString(null)));
        }).orElse(null);
    }

    /** The stored properties of an article, or null when there is none. */
    Map<String, Object> articleProperties(String id) {
        var rows = tx.run(Cypher.CURATION_ARTICLE.text(), Map.of("id", id)).list();
        return rows.isEmpty() ? null : rows.get(0).get("properties").asMap();
    }

    private Optional<Article> readArticle(String id) {
        Map<String, Object> p = articleProperties(id);
        if (p == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        var authors = (List<String>) p.getOrDefault("authors", List.of());
        var header = new Article.Header(id, p.get("order") instanceof Number n ? n.intValue() : 0,
                (String) p.get("kicker"), (String) p.get("title"), (String) p.get("subtitle"), (String) p.get("byline"),
                authors, (String) p.get("url"), (String) p.get("published"));
        return Optional.of(Article.ofText(header, (String) p.getOrDefault("text", "")));
    }
}
