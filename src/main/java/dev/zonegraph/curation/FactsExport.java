package dev.zonegraph.curation;

import dev.zonegraph.graph.Cypher;
import dev.zonegraph.graph.Graph;
import dev.zonegraph.seed.Seed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code --export-facts=DIR}: the current graph as files in the seed's format, which {@code --import=DIR} reads back:
 * {@code articles/<slug>.yaml} (each article with its clean text), {@code facts/<slug>.yaml} (every entity, relation
 * and figure that cites it, with its quote) and {@code reference/regions.yaml}. History is not exported here (the
 * Cypher export carries it); importing the files into an empty Neo4j gives the same nodes per label and relationships
 * per type as the graph they came from.
 */
@Component
class FactsExport {

    /** Properties an entity file states elsewhere than in {@code props}, or that the loader derives. */
    private static final Set<String> NOT_PROPS = Set.of("id", "name", "aliases", "nameEn", "source",
            "seedFingerprint");

    private final Graph graph;

    FactsExport(Graph graph) {
        this.graph = graph;
    }

    /** Writes the files under {@code dir}; returns how many articles were written. */
    int write(Path dir) {
        return graph.read(tx -> {
            List<Record> articles = tx.run(Cypher.EXPORT_ARTICLES.text()).list();
            for (Record row : articles) {
                Map<String, Object> article = new LinkedHashMap<>(row.get("properties").asMap());
                String id = (String) article.get("id");
                String slug = id.substring("article:".length()).replace('/', '-');
                write(dir.resolve("articles/" + slug + ".yaml"), articleFile(article));
                write(dir.resolve("facts/" + slug + ".yaml"), factsFile(tx, id));
            }
            write(dir.resolve("reference/regions.yaml"), Map.of("regions", tx.run(Cypher.EXPORT_REFERENCE.text(),
                    Map.of("source", Seed.REFERENCE_SOURCE)).list(r -> r.get("region").asMap())));
            return articles.size();
        });
    }

    private static Map<String, Object> articleFile(Map<String, Object> stored) {
        var file = new LinkedHashMap<String, Object>();
        for (String key : List.of("id", "title", "kicker", "subtitle", "byline", "authors", "url", "published")) {
            if (stored.get(key) != null) {
                file.put(key, stored.get(key));
            }
        }
        file.put("text", stored.get("text"));
        return file;
    }

    private static Map<String, Object> factsFile(TransactionContext tx, String article) {
        var file = new LinkedHashMap<String, Object>();
        file.put("article", article);
        var parameters = Map.<String, Object>of("article", article);
        file.put("entities", tx.run(Cypher.EXPORT_ENTITIES.text(), parameters).list(row -> {
            Map<String, Object> stored = row.get("properties").asMap();
            var entity = new LinkedHashMap<String, Object>();
            entity.put("id", stored.get("id"));
            entity.put("label", row.get("label").asString());
            entity.put("name", stored.get("name"));
            entity.put("aliases", stored.getOrDefault("aliases", List.of()));
            if (stored.get("nameEn") != null) {
                entity.put("nameEn", stored.get("nameEn"));
            }
            entity.put("props", props(stored));
            entity.put("quote", row.get("quote").asString());
            return entity;
        }));
        file.put("relations", tx.run(Cypher.EXPORT_RELATIONS.text(), parameters).list(row -> {
            var relation = new LinkedHashMap<String, Object>();
            relation.put("from", row.get("fromId").asString());
            relation.put("type", row.get("type").asString());
            relation.put("to", row.get("toId").asString());
            var props = new LinkedHashMap<>(row.get("properties").asMap());
            props.remove("source");
            props.remove("quote");
            relation.put("props", props);
            relation.put("quote", row.get("quote").asString());
            return relation;
        }));
        file.put("indicators", tx.run(Cypher.EXPORT_INDICATORS.text(), parameters).list(row -> {
            Map<String, Object> stored = row.get("properties").asMap();
            var indicator = new LinkedHashMap<String, Object>();
            indicator.put("id", stored.get("id"));
            indicator.put("subject", row.get("subject").asString());
            for (String key : List.of("metric", "value", "unit", "qualifier", "period", "year", "growth", "kind")) {
                indicator.put(key, stored.get(key));
            }
            indicator.put("quote", row.get("quote").asString());
            return indicator;
        }));
        return file;
    }

    /** An entity's own properties, a quantity folded back into {@code {value, unit, qualifier}}. */
    private static Map<String, Object> props(Map<String, Object> stored) {
        var props = new LinkedHashMap<String, Object>();
        var derived = new ArrayList<String>();
        stored.forEach((key, value) -> {
            if (stored.containsKey(key + "Unit")) {
                var quantity = new LinkedHashMap<String, Object>();
                quantity.put("value", value);
                quantity.put("unit", stored.get(key + "Unit"));
                quantity.put("qualifier", stored.get(key + "Qualifier"));
                props.put(key, quantity);
                derived.addAll(List.of(key + "Unit", key + "Qualifier", key + "Yuan"));
            }
        });
        stored.forEach((key, value) -> {
            if (!NOT_PROPS.contains(key) && !derived.contains(key) && !props.containsKey(key)) {
                props.put(key, value);
            }
        });
        return props;
    }

    private static void write(Path file, Map<String, Object> content) {
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, new Yaml(options).dump(content), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
