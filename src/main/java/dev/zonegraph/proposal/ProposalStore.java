package dev.zonegraph.proposal;

import dev.zonegraph.graph.Cypher;
import dev.zonegraph.graph.Graph;
import dev.zonegraph.seed.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Where proposals live: {@code :Proposal} nodes, apart from the graph's vocabulary (no relationship, no label the API
 * or the full-text index knows). Also reads the article the extractor reads.
 */
@Component
class ProposalStore {

    private final Graph graph;

    ProposalStore(Graph graph) {
        this.graph = graph;
    }

    /** The article as stored (its cleaned text, one paragraph per line), or empty. */
    Optional<Article> article(String id) {
        return graph.read(tx -> tx.run(Cypher.CURATION_ARTICLE.text(), Map.of("id", id)).list()).stream()
                .findFirst().map(row -> {
                    Map<String, Object> a = row.get("properties").asMap();
                    var header = new Article.Header(id, 0, (String) a.get("kicker"), (String) a.get("title"),
                            (String) a.get("subtitle"), (String) a.get("byline"), strings(a.get("authors")),
                            (String) a.get("url"), (String) a.get("published"));
                    return Article.ofText(header, (String) a.getOrDefault("text", ""));
                });
    }

    /**
     * Marks {@code existing} the proposed figures (by id) and relationships (by ends and type) the graph already has,
     * as the extractor marks the entities it resolved to known ones.
     */
    void markExisting(List<Map<String, Object>> drafts) {
        var indicators = new ArrayList<String>();
        var relations = new ArrayList<Map<String, Object>>();
        for (Map<String, Object> d : drafts) {
            if (d.get("kind").equals("INDICATOR")) {
                indicators.add((String) d.get("factId"));
            } else if (d.get("kind").equals("RELATIONSHIP")) {
                Map<String, Object> fact = Drafts.JSON.readValue((String) d.get("fact"),
                        new tools.jackson.core.type.TypeReference<Map<String, Object>>() { });
                relations.add(Map.of("key", d.get("factId"), "from", fact.get("from"), "type", fact.get("type"),
                        "to", fact.get("to")));
            }
        }
        List<Object> found = graph.read(tx -> tx.run(Cypher.PROPOSAL_EXISTING_FACTS.text(), Map.of("indicators",
                indicators, "relations", relations)).single().get("found").asList());
        drafts.stream().filter(d -> found.contains(d.get("factId"))).forEach(d -> d.put("existing", true));
    }

    /** Stores new proposals as PENDING; those already there are returned as they are. */
    Saved save(List<Map<String, Object>> drafts) {
        return graph.write(tx -> {
            var rows = tx.run(Cypher.PROPOSAL_MERGE.text(), Map.of("proposals", drafts)).list();
            return new Saved(rows.stream().map(row -> Proposal.of(row.get("proposal").asMap())).toList(),
                    (int) rows.stream().filter(row -> row.get("created").asBoolean()).count());
        });
    }

    /** The proposals of one run of the extractor, and how many of them were new. */
    record Saved(List<Proposal> proposals, int created) {
    }

    /** The proposals with these ids, in the order of {@code ids} (unknown ids left out). */
    List<Proposal> byIds(List<String> ids) {
        var found = new HashMap<String, Proposal>();
        graph.read(tx -> tx.run(Cypher.PROPOSAL_BY_IDS.text(), Map.of("ids", ids)).list(row ->
                Proposal.of(row.get("proposal").asMap()))).forEach(p -> found.put(p.id(), p));
        return ids.stream().filter(found::containsKey).map(found::get).distinct().toList();
    }

    /**
     * For each entity id no node of the graph has, the entity proposals (not accepted) that would create it, as
     * {@code proposal (STATUS)}.
     */
    Map<String, List<String>> proposedOnly(List<String> entityIds) {
        var out = new LinkedHashMap<String, List<String>>();
        graph.read(tx -> tx.run(Cypher.PROPOSAL_ENTITY_PROPOSALS.text(), Map.of("ids", entityIds)).list())
                .forEach(row -> out.computeIfAbsent(row.get("entity").asString(), k -> new ArrayList<>())
                        .add(row.get("proposal").asString() + " (" + row.get("status").asString() + ")"));
        return out;
    }

    /** Marks PENDING proposals decided in {@code tx}; returns how many were PENDING. */
    static int decide(TransactionContext tx, List<String> ids, String status, String by, String change,
            String reason) {
        var parameters = new HashMap<String, Object>();
        parameters.put("ids", ids);
        parameters.put("status", status);
        parameters.put("by", by);
        parameters.put("change", change);
        parameters.put("reason", reason);
        return tx.run(Cypher.PROPOSAL_DECIDE.text(), parameters).single().get("decided").asInt();
    }

    /** Runs {@code work} in a read transaction (retried whole on a transient failure). */
    <T> T read(org.neo4j.driver.TransactionCallback<T> work) {
        return graph.read(work);
    }

    /** Runs {@code work} in a write transaction. */
    <T> T write(org.neo4j.driver.TransactionCallback<T> work) {
        return graph.write(work);
    }

    /** One page of proposals ({@code limit} = page size + 1, to know whether another follows) and their total. */
    Page page(String status, String article, String[] after, int limit) {
        var parameters = new HashMap<String, Object>();
        parameters.put("status", status);
        parameters.put("article", article);
        parameters.put("afterArticle", after == null ? null : after[0]);
        parameters.put("afterPosition", after == null ? null : Integer.valueOf(after[1]));
        parameters.put("afterId", after == null ? null : after[2]);
        parameters.put("limit", limit);
        return graph.read(tx -> new Page(tx.run(Cypher.PROPOSAL_PAGE.text(), parameters).list(row ->
                Proposal.of(row.get("proposal").asMap())),
                tx.run(Cypher.PROPOSAL_COUNT.text(), parameters).single().get("total").asInt()));
    }

    record Page(List<Proposal> proposals, int total) {
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
