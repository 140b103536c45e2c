package dev.zonegraph.curation;

import dev.zonegraph.graph.Cypher;
import dev.zonegraph.graph.Graph;
import dev.zonegraph.query.ApiException;
import dev.zonegraph.query.ApiLimits;
import dev.zonegraph.seed.GraphWrites;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * The history of the graph: each change is a {@code :Change} node (who, when, through what, why) with
 * {@code CHANGED} relationships to the nodes it wrote and {@code CITES} relationships to the articles it quoted; this
 * records them and pages through them.
 */
@Component
class History {

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private final Graph graph;
    private final ApiLimits limits;

    History(Graph graph, ApiLimits limits) {
        this.graph = graph;
        this.limits = limits;
    }

    /** A page of changes, oldest first. */
    record Page(List<Edge> edges, PageInfo pageInfo, int totalCount) {
    }

    /** A change and its cursor. */
    record Edge(String cursor, Change node) {
    }

    /** Relay page info. */
    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /** Records a change in {@code tx}: the nodes it wrote (id → label) and the evidence it cited. */
    Change record(TransactionContext tx, Provenance provenance, Map<String, String> nodes, int relationships,
            List<Change.Evidence> evidence) {
        var change = new HashMap<String, Object>();
        change.put("id", "change:" + UUID.randomUUID());
        change.put("principal", provenance.principal());
        change.put("via", provenance.via());
        change.put("reason", provenance.reason());
        change.put("nodes", List.copyOf(nodes.keySet()));
        change.put("relationships", relationships);
        var cited = evidence.stream().map(e -> Map.of("article", e.article(), "quote", e.quote())).toList();
        String at = tx.run(Cypher.CURATION_RECORD_CHANGE.text(), Map.of("change", change, "evidence", cited))
                .single().get("at").asString();
        GraphWrites.byKey(List.copyOf(nodes.entrySet()), Map.Entry::getValue).forEach((label, batch) ->
                tx.run(Cypher.CURATION_LINK_CHANGED.withLabels(Map.of("$label", label)), Map.of("change",
                        change.get("id"), "ids", batch.stream().map(Map.Entry::getKey).toList())));
        return new Change((String) change.get("id"), at, provenance.principal(), provenance.via(),
                provenance.reason(), List.copyOf(nodes.keySet()), relationships, evidence);
    }

    /** Changes at or after {@code since} (ISO date or date-time), {@code first} of them after the cursor. */
    Page page(String since, Integer first, String after) {
        int size = first == null ? limits.defaultFirst() : first;
        if (size < 0 || size > limits.maxFirst()) {
            throw new ApiException("'first' on Query.changes must be between 0 and " + limits.maxFirst()
                    + " (zonegraph.api.max-first), not " + size, "first");
        }
        String from = since == null ? null : instant(since);
        String[] cursor = after == null ? new String[] {null, null} : decode(after);
        var parameters = new HashMap<String, Object>();
        parameters.put("since", from);
        parameters.put("afterAt", cursor[0]);
        parameters.put("afterId", cursor[1]);
        parameters.put("limit", size + 1);
        return graph.read(tx -> {
            List<Change> changes = tx.run(Cypher.CURATION_CHANGES.text(), parameters).list(History::change);
            long total = tx.run(Cypher.CURATION_COUNT_CHANGES.text(), parameters).single().get("total").asLong();
            var edges = new ArrayList<Edge>();
            for (Change change : changes.subList(0, Math.min(size, changes.size()))) {
                edges.add(new Edge(encode(change), change));
            }
            return new Page(edges, new PageInfo(changes.size() > size, after != null,
                    edges.isEmpty() ? null : edges.get(0).cursor(),
                    edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()), (int) total);
        });
    }

    /** One version of a fact: CURRENT (in the graph now), SUPERSEDED or RETRACTED (with the change that did it). */
    record FactVersion(String rank, String fact, String values, List<Change.Evidence> evidence, Change change) {
    }

    /** Every version of {@code ref}: the current one first (if any), then the others, newest first. */
    List<FactVersion> versions(FactRef ref) {
        return graph.read(tx -> {
            var versions = new ArrayList<FactVersion>();
            List<Record> current = ref.isIndicator()
                    ? tx.run(Cypher.CURATION_INDICATOR_STATE.text(), Map.of("id", ref.indicator())).list()
                    : tx.run(Cypher.CURATION_RELATIONSHIP_STATE.text(), ref.relationshipParameters()).list();
            if (!current.isEmpty()) {
                Record row = current.get(0);
                Map<String, Object> values = new java.util.LinkedHashMap<>(row.get("properties").asMap());
                List<Change.Evidence> evidence = ref.isIndicator()
                        ? row.get("evidence").asList(v -> new Change.Evidence(v.get("source").asString(),
                                v.get("quote").asString()))
                        : current.stream().map(r -> new Change.Evidence(r.get("source").asString(""),
                                r.get("quote").asString(""))).toList();
                values.remove("source");
                values.remove("quote");
                versions.add(new FactVersion("CURRENT", ref.key(), JSON.writeValueAsString(values), evidence, null));
            }
            var parameters = new HashMap<String, Object>();
            parameters.put("fact", ref.isIndicator() ? ref.indicator() : null);
            parameters.put("from", ref.from());
            parameters.put("type", ref.type());
            for (Record row : tx.run(Cypher.CURATION_REVISIONS.text(), parameters).list()) {
                List<Map<String, Object>> evidence = JSON.readValue(row.get("evidence").asString(),
                        new tools.jackson.core.type.TypeReference<List<Map<String, Object>>>() { });
                versions.add(new FactVersion(row.get("rank").asString(), row.get("fact").asString(),
                        row.get("values").asString(), evidence.stream().map(e -> new Change.Evidence(
                                (String) e.get("source"), (String) e.get("quote"))).toList(),
                        change(row.get("change"))));
            }
            return versions;
        });
    }

    private static Change change(org.neo4j.driver.Value row) {
        return new Change(row.get("id").asString(), row.get("at").asString(), row.get("principal").asString(),
                row.get("via").asString(), row.get("reason").asString(null),
                row.get("nodes").asList(v -> v.asString()), row.get("relationships").asInt(), List.of());
    }

    private static Change change(Record row) {
        List<Change.Evidence> evidence = row.get("evidence").asList(v -> new Change.Evidence(
                v.get("article").asString(), v.get("quote").asString()));
        return new Change(row.get("id").asString(), row.get("at").asString(), row.get("principal").asString(),
                row.get("via").asString(), row.get("reason").asString(null),
                row.get("nodes").asList(v -> v.asString()), row.get("relationships").asInt(), evidence);
    }

    private static String instant(String since) {
        try {
            return OffsetDateTime.parse(since).toString();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(since).atStartOfDay().toString() + "Z";
            } catch (DateTimeParseException e) {
                throw new ApiException("'since' on Query.changes must be an ISO date or date-time"
                        + " (2026-12-03 or 2026-12-03T08:00:00Z), not " + since, "since");
            }
        }
    }

    private static String encode(Change change) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((change.at() + "|" + change.id())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            if (parts.length == 2) {
                OffsetDateTime.parse(parts[0]);
                return parts;
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // reported below
        }
        throw new ApiException("'after' on Query.changes is not a cursor of this list", "after");
    }
}
