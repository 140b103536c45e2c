package dev.zonegraph.proposal;

import dev.zonegraph.Sha256;
import dev.zonegraph.extract.FactsYaml;
import dev.zonegraph.extract.Proposals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what the extractor proposes for an article into the properties of {@code :Proposal} nodes: each fact in the
 * facts-file shape, with an id derived from its content (article, kind, fact, where its quote stands), so proposing
 * the same article twice gives the same proposals.
 */
final class Drafts {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Keys of the extractor's output that describe the proposal, not the fact. */
    private static final List<String> NOT_THE_FACT = List.of("confidence", "offsets", "existing");

    private Drafts() {
    }

    static List<Map<String, Object>> of(Proposals proposals, String proposer) {
        var drafts = new LinkedHashMap<String, Map<String, Object>>();
        for (Proposals.Entity e : proposals.entities()) {
            add(drafts, proposals.articleId(), proposer, "ENTITY", e.id(), FactsYaml.entity(e), e.evidence(),
                    e.confidence(), e.existing());
        }
        for (Proposals.Relation r : proposals.relations()) {
            add(drafts, proposals.articleId(), proposer, "RELATIONSHIP", r.from() + " -" + r.type() + "-> " + r.to(),
                    FactsYaml.relation(r), r.evidence(), r.confidence(), false);
        }
        for (Proposals.Indicator i : proposals.indicators()) {
            add(drafts, proposals.articleId(), proposer, "INDICATOR", i.id(), FactsYaml.indicator(i), i.evidence(),
                    i.confidence(), false);
        }
        return new ArrayList<>(drafts.values());
    }

    private static void add(Map<String, Map<String, Object>> drafts, String article, String proposer, String kind,
            String factId, Map<String, Object> fact, Proposals.Evidence evidence, double confidence,
            boolean existing) {
        var plain = new LinkedHashMap<>(fact);
        NOT_THE_FACT.forEach(plain::remove);
        plain.values().removeIf(v -> v == null);
        String json = JSON.writeValueAsString(canonical(plain));
        String id = "proposal:" + Sha256.hex(String.join("\n", article, kind, json, evidence.field(),
                String.valueOf(evidence.start()), String.valueOf(evidence.end()))).substring(0, 16);
        var p = new LinkedHashMap<String, Object>();
        p.put("id", id);
        p.put("kind", kind);
        p.put("article", article);
        p.put("position", drafts.size());
        p.put("factId", factId);
        p.put("fact", json);
        p.put("quote", evidence.quote());
        p.put("field", evidence.field());
        p.put("start", evidence.start());
        p.put("end", evidence.end());
        p.put("confidence", Math.round(confidence * 100) / 100.0);
        p.put("proposer", proposer);
        p.put("existing", existing);
        drafts.putIfAbsent(id, p);
    }

    /** Maps with their keys sorted, at every depth, so equal facts give equal JSON whatever the maps' own order. */
    private static Object canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            var sorted = new TreeMap<String, Object>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Drafts::canonical).toList();
        }
        return value;
    }
}
