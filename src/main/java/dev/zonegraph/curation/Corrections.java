package dev.zonegraph.curation;

import dev.zonegraph.graph.Cypher;
import dev.zonegraph.seed.Article;
import dev.zonegraph.seed.Fact;
import dev.zonegraph.seed.FactsValidator;
import dev.zonegraph.seed.GraphWrites;
import dev.zonegraph.seed.Problem;
import dev.zonegraph.seed.Problem.Code;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Corrects and retracts figures and relationships inside a caller's write transaction. The version replaced is
 * never lost: it becomes a {@code :Revision} (rank SUPERSEDED or RETRACTED, its values and evidence as JSON) recorded
 * by the change that replaced it. The new version passes the same {@link FactsValidator} as any asserted fact.
 */
final class Corrections {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TransactionContext tx;
    private final GraphSources sources;
    private final History history;

    Corrections(TransactionContext tx, History history) {
        this.tx = tx;
        this.sources = new GraphSources(tx);
        this.history = history;
    }

    CurationResult correct(Map<String, Object> input, Provenance provenance) {
        FactRef ref = FactRef.of(map(input.get("fact")));
        if (ref == null) {
            return new CurationResult.Refused(List.of(FactRef.missing()));
        }
        return ref.isIndicator() ? correctIndicator(ref, input, provenance) : correctRelationship(ref, input, provenance);
    }

    CurationResult retract(Map<String, Object> input, Provenance provenance) {
        FactRef ref = FactRef.of(map(input.get("fact")));
        if (ref == null) {
            return new CurationResult.Refused(List.of(FactRef.missing()));
        }
        Problem evidence = evidenceProblem(map(input.get("evidence")));
        if (evidence != null) {
            return new CurationResult.Refused(List.of(evidence));
        }
        List<Record> rows = ref.isIndicator()
                ? tx.run(Cypher.CURATION_INDICATOR_STATE.text(), Map.of("id", ref.indicator())).list()
                : tx.run(Cypher.CURATION_RELATIONSHIP_STATE.text(), ref.relationshipParameters()).list();
        if (rows.isEmpty()) {
            return alreadyRetracted(ref) ? new CurationResult.Unchanged(List.of(ref.key()), 0) : notFound(ref);
        }
        Map<String, Object> values = ref.isIndicator() ? indicatorValues(rows.get(0)) : relationshipValues(ref, rows);
        if (ref.isIndicator()) {
            tx.run(Cypher.CURATION_DELETE_INDICATOR.text(), Map.of("id", ref.indicator()));
        } else {
            tx.run(Cypher.CURATION_DELETE_RELATIONSHIPS.text(), ref.relationshipParameters());
        }
        return recorded(ref, "RETRACTED", values, evidenceOf(ref, rows), provenance, cited(input));
    }

    private CurationResult correctIndicator(FactRef ref, Map<String, Object> input, Provenance provenance) {
        List<Record> rows = tx.run(Cypher.CURATION_INDICATOR_STATE.text(), Map.of("id", ref.indicator())).list();
        if (rows.isEmpty()) {
            return notFound(ref);
        }
        Map<String, Object> old = indicatorValues(rows.get(0));
        var indicator = new LinkedHashMap<String, Object>();
        indicator.put("id", ref.indicator());
        indicator.put("subject", old.get("subject"));
        for (String key : List.of("metric", "value", "unit", "qualifier", "period", "year", "growth", "kind")) {
            indicator.put(key, input.get(key) != null ? input.get(key) : old.get(key));
        }
        indicator.put("evidence", input.get("evidence"));
        var checked = FactsValidator.check(Map.of("indicators", List.of(indicator)), sources, false);
        if (!checked.problems().isEmpty()) {
            return new CurationResult.Refused(checked.problems());
        }
        Fact.Node node = checked.nodes().get(0);
        var before = new HashMap<>(old);
        before.remove("subject");
        before.remove("id");
        if (FactsWriter.sameProperties(before, node.properties())) {
            return new CurationResult.Unchanged(List.of(node.id()), 0);
        }
        tx.run(Cypher.CURATION_DROP_INDICATOR_EVIDENCE.text(), Map.of("id", ref.indicator()));
        GraphWrites.mergeNodes(tx, checked.nodes());
        GraphWrites.mergeLinks(tx, checked.links(), checked.labels());
        return recorded(ref, "SUPERSEDED", old, evidenceOf(ref, rows), provenance,
                new Change.Evidence(node.source(), node.quote()));
    }

    private CurationResult correctRelationship(FactRef ref, Map<String, Object> input, Provenance provenance) {
        List<Record> rows = tx.run(Cypher.CURATION_RELATIONSHIP_STATE.text(), ref.relationshipParameters()).list();
        if (rows.isEmpty()) {
            return notFound(ref);
        }
        Map<String, Object> old = relationshipValues(ref, rows);
        var relation = new LinkedHashMap<String, Object>();
        relation.put("from", ref.from());
        relation.put("type", ref.type());
        relation.put("to", input.get("to") != null ? input.get("to") : ref.to());
        Object role = input.get("role") != null ? input.get("role") : map(old.get("properties")).get("role");
        if (role != null) {
            relation.put("props", Map.of("role", role));
        }
        relation.put("evidence", input.get("evidence"));
        var checked = FactsValidator.check(Map.of("relations", List.of(relation)), sources, false);
        if (!checked.problems().isEmpty()) {
            return new CurationResult.Refused(checked.problems());
        }
        Fact.Link link = checked.links().get(0);
        if (link.to().equals(ref.to()) && FactsWriter.sameProperties(map(old.get("properties")), link.properties())) {
            return new CurationResult.Unchanged(List.of(ref.from(), ref.to()), 0);
        }
        tx.run(Cypher.CURATION_DELETE_RELATIONSHIPS.text(), ref.relationshipParameters());
        GraphWrites.mergeLinks(tx, checked.links(), checked.labels());
        return recorded(ref, "SUPERSEDED", old, evidenceOf(ref, rows), provenance,
                new Change.Evidence(link.source(), link.quote()));
    }

    /** Records the change and the revision it made of {@code ref}: the version replaced, with its evidence. */
    private CurationResult recorded(FactRef ref, String rank, Map<String, Object> values, List<Map<String, Object>> old,
            Provenance provenance, Change.Evidence cited) {
        var nodes = new LinkedHashMap<String, String>();
        if (ref.isIndicator()) {
            nodes.put(ref.indicator(), "Indicator");
        } else {
            nodes.put(ref.from(), (String) ref.relationshipParameters().get("fromLabel"));
            nodes.put(ref.to(), (String) ref.relationshipParameters().get("toLabel"));
        }
        Change change = history.record(tx, provenance, nodes, ref.isIndicator() ? 0 : 1,
                cited == null ? List.of() : List.of(cited));
        var revision = new HashMap<String, Object>();
        revision.put("fact", ref.key());
        revision.put("rank", rank);
        revision.put("from", ref.from());
        revision.put("type", ref.type());
        revision.put("to", ref.to());
        revision.put("values", JSON.writeValueAsString(values));
        revision.put("evidence", JSON.writeValueAsString(old));
        tx.run(Cypher.CURATION_RECORD_REVISION.text(), Map.of("change", change.id(), "revision", revision));
        return new CurationResult.Written(change, List.copyOf(nodes.keySet()), ref.isIndicator() ? 0 : 1);
    }

    private static Map<String, Object> indicatorValues(Record row) {
        var values = new LinkedHashMap<String, Object>(row.get("properties").asMap());
        values.put("subject", row.get("subject").asString(null));
        return values;
    }

    private static Map<String, Object> relationshipValues(FactRef ref, List<Record> rows) {
        var properties = new LinkedHashMap<String, Object>(rows.get(0).get("properties").asMap());
        properties.remove("source");
        properties.remove("quote");
        return Map.of("from", ref.from(), "type", ref.type(), "to", ref.to(), "properties", properties);
    }

    private static List<Map<String, Object>> evidenceOf(FactRef ref, List<Record> rows) {
        if (ref.isIndicator()) {
            return rows.get(0).get("evidence").asList(v -> v.asMap());
        }
        return rows.stream().map(r -> Map.<String, Object>of("source", r.get("source").asString(""),
                "quote", r.get("quote").asString(""))).toList();
    }

    private boolean alreadyRetracted(FactRef ref) {
        var parameters = new HashMap<String, Object>();
        parameters.put("fact", ref.isIndicator() ? ref.indicator() : null);
        parameters.put("from", ref.from());
        parameters.put("type", ref.type());
        return tx.run(Cypher.CURATION_REVISIONS.text(), parameters).list().stream()
                .anyMatch(r -> r.get("rank").asString().equals("RETRACTED") && r.get("fact").asString().equals(ref.key()));
    }

    /** What is wrong with a retraction's evidence (an article in the graph and a quote that stands in it), or null. */
    private Problem evidenceProblem(Map<String, Object> evidence) {
        String article = (String) evidence.get("article");
        String quote = (String) evidence.get("quote");
        if (article == null || quote == null || quote.isBlank()) {
            return new Problem(List.of("evidence"), "a retraction needs its evidence (an article and a quote)",
                    Code.MISSING_EVIDENCE);
        }
        Article source = sources.article(article);
        if (source == null) {
            return new Problem(List.of("evidence", "article"), "unknown article " + article, Code.UNKNOWN_ARTICLE);
        }
        if (!source.contains(quote)) {
            return new Problem(List.of("evidence", "quote"), "quote not found verbatim in " + article + ": «" + quote
                    + "»", Code.QUOTE_NOT_FOUND);
        }
        return null;
    }

    private static Change.Evidence cited(Map<String, Object> input) {
        var evidence = map(input.get("evidence"));
        return new Change.Evidence((String) evidence.get("article"), (String) evidence.get("quote"));
    }

    private static CurationResult notFound(FactRef ref) {
        return new CurationResult.Refused(List.of(new Problem(List.of("fact"), ref.key()
                + " is not in the current graph", Code.NOT_FOUND)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
