package dev.zonegraph.query;

import dev.zonegraph.query.GraphModel.NodeType;
import dev.zonegraph.query.GraphModel.Relation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Builds and runs the Cypher behind the API: root lists and lookups (one statement, plus one for counts and
 * aggregates when they are selected) and relationship fields for a whole batch of parents at once (one statement
 * per field and level, whatever the number of parents).
 */
final class NodeQueries {

    /** The projection of a node: its properties and labels. */
    private static final String NODE = " {.*, __labels: labels(%s)}";

    private final GraphModel model;
    private final WhereCompiler compiler;
    private final QueryRunner runner;

    NodeQueries(GraphModel model, QueryRunner runner) {
        this.model = model;
        this.compiler = new WhereCompiler(model);
        this.runner = runner;
    }

    GraphModel model() {
        return model;
    }

    Map<String, Object> byId(RequestBudget budget, String typeName, String id) {
        var rows = runner.rows(budget, "MATCH (n:" + model.type(typeName).label() + " {id: $id}) RETURN n"
                + NODE.formatted("n") + " AS node", Map.of("id", id));
        return rows.isEmpty() ? null : node(rows.get(0).get("node"));
    }

    /** A root connection: one page of the nodes of a type that match, with counts and aggregates if selected. */
    Map<String, Object> connection(RequestBudget budget, String typeName, Page page) {
        NodeType type = model.type(typeName);
        var parts = new CypherParts();
        String anchored = compiler.match(typeName, page.where(), "n", parts);
        String match = (anchored != null ? anchored : "MATCH (n:" + type.label() + ")")
                + " WHERE " + compiler.predicate(typeName, page.where(), "n", parts);
        String cypher = match + " WITH n ORDER BY " + compiler.orderBy(typeName, page.orderBy(), "n")
                + " SKIP " + parts.parameter(page.skip()) + " LIMIT " + parts.parameter(page.first() + 1L)
                + " RETURN n" + NODE.formatted("n") + " AS node";
        List<Map<String, Object>> items = new ArrayList<>();
        for (Record row : runner.rows(budget, cypher, parts.parameters())) {
            items.add(Map.of("node", node(row.get("node")), "rels", List.of()));
        }
        Map<String, Object> totals = Map.of();
        if (page.count() || page.aggregate()) {
            var row = runner.rows(budget, match + " RETURN " + aggregates(type.numbers(), "n"), parts.parameters()).get(0);
            totals = row.asMap();
        }
        return Connections.of(items, page, totals, type.numbers());
    }

    /**
     * A relationship field for many parents in one statement: for each parent id, the page of related nodes
     * (with the relationships' properties) and, if asked, the count and aggregates of all that match.
     */
    Map<String, Map<String, Object>> related(RequestBudget budget, String parentType, Relation relation,
            Collection<String> parentIds, Page page) {
        var parts = new CypherParts();
        String targetLabel = model.labelOf(relation.targetType());
        String pattern = relation.pattern("p", "r", "n", targetLabel);
        String predicate = compiler.predicate(relation.targetType(), page.where(), "n", parts);
        var cypher = new StringBuilder()
                .append("UNWIND ").append(parts.parameter(List.copyOf(parentIds))).append(" AS pid ")
                .append("MATCH (p:").append(model.type(parentType).label()).append(" {id: pid}) ")
                .append("CALL (p) { MATCH ").append(pattern).append(" WHERE ").append(predicate)
                .append(" WITH n, collect(r) AS rels ORDER BY ")
                .append(compiler.orderBy(relation.targetType(), page.orderBy(), "n"))
                .append(" SKIP ").append(parts.parameter(page.skip()))
                .append(" LIMIT ").append(parts.parameter(page.first() + 1L))
                .append(" RETURN collect({node: n").append(NODE.formatted("n"))
                .append(", rels: [x IN rels | properties(x)]}) AS items } ");
        List<String> numbers = relation.targetType().equals(GraphModel.ENTITY) ? List.of()
                : model.type(relation.targetType()).numbers();
        boolean totals = page.count() || page.aggregate();
        if (totals) {
            cypher.append("CALL (p) { MATCH ").append(relation.pattern("p", "", "n", targetLabel))
                    .append(" WHERE ").append(predicate).append(" WITH DISTINCT n RETURN ")
                    .append(aggregates(numbers, "n")).append(" } ");
        }
        cypher.append("RETURN pid, items").append(totals ? ", count" + numberColumns(numbers) : "");

        Map<String, Map<String, Object>> byParent = new HashMap<>();
        for (Record row : runner.rows(budget, cypher.toString(), parts.parameters())) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Value item : row.get("items").values()) {
                items.add(Map.of("node", node(item.get("node")), "rels", item.get("rels").asList(Value::asMap)));
            }
            Map<String, Object> rowTotals = totals ? row.asMap() : Map.of();
            byParent.put(row.get("pid").asString(), Connections.of(items, page, rowTotals, numbers));
        }
        return byParent;
    }

    /** The MENTIONED_IN evidence of many nodes of one type: per id, a list of {source, quote}. */
    Map<String, List<Map<String, Object>>> evidence(RequestBudget budget, String typeName, Collection<String> ids) {
        var rows = runner.rows(budget, "UNWIND $ids AS id MATCH (n:" + model.type(typeName).label()
                + " {id: id})-[m:MENTIONED_IN]->(:Article) "
                + "WITH id, m ORDER BY m.source RETURN id, collect({source: m.source, quote: m.quote}) AS evidence",
                Map.of("ids", List.copyOf(ids)));
        Map<String, List<Map<String, Object>>> byId = new HashMap<>();
        for (Record row : rows) {
            byId.put(row.get("id").asString(), row.get("evidence").asList(Value::asMap));
        }
        return byId;
    }

    /** Any node by id: the id's prefix names its type. */
    Map<String, Object> nodeById(RequestBudget budget, String id) {
        int colon = id.indexOf(':');
        String label = colon < 0 ? null : PREFIXES.get(id.substring(0, colon));
        if (label == null) {
            return null;
        }
        var rows = runner.rows(budget, "MATCH (n:" + label + " {id: $id}) RETURN n" + NODE.formatted("n") + " AS node",
                Map.of("id", id));
        return rows.isEmpty() ? null : node(rows.get(0).get("node"));
    }

    /** Full-text hits over the CJK index, best first, optionally only of some labels. */
    List<Map<String, Object>> search(RequestBudget budget, String text, List<String> labels, int first) {
        var rows = runner.rows(budget, """
                CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
                WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
                RETURN node {.*, __labels: labels(node)} AS node, score
                ORDER BY score DESC, node.id LIMIT $first""",
                parameters("query", Lucene.escape(text), "labels", labels, "first", (long) first));
        return rows.stream().map(r -> Map.<String, Object>of("node", node(r.get("node")),
                "score", r.get("score").asDouble())).toList();
    }

    /** Articles by id, for evidence. */
    Map<String, Map<String, Object>> articles(RequestBudget budget, Collection<String> ids) {
        var rows = runner.rows(budget, "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a"
                + NODE.formatted("a") + " AS node", Map.of("ids", List.copyOf(ids)));
        Map<String, Map<String, Object>> byId = new HashMap<>();
        rows.forEach(r -> {
            var node = node(r.get("node"));
            byId.put((String) node.get("id"), node);
        });
        return byId;
    }

    /** Id prefixes of the seed vocabulary, by label. */
    private static final Map<String, String> PREFIXES = Map.ofEntries(Map.entry("zone", "Zone"),
            Map.entry("ent", "Enterprise"), Map.entry("brand", "Brand"), Map.entry("award", "Award"),
            Map.entry("policy", "Policy"), Map.entry("proj", "Project"), Map.entry("ind", "Indicator"),
            Map.entry("org", "Organization"), Map.entry("region", "Region"), Map.entry("person", "Person"),
            Map.entry("industry", "Industry"), Map.entry("article", "Article"));

    /** count(var) and, per numeric field, min/max/avg/sum columns named as {@link Connections} reads them. */
    private static String aggregates(List<String> numbers, String var) {
        var columns = new StringBuilder("count(" + var + ") AS count");
        for (String field : numbers) {
            for (String op : Connections.OPERATIONS) {
                columns.append(", ").append(op).append('(').append(var).append(".`").append(field).append("`) AS `")
                        .append(op).append('_').append(field).append('`');
            }
        }
        return columns.toString();
    }

    /** The aggregate column names again, to carry them out of a subquery. */
    private static String numberColumns(List<String> numbers) {
        return numbers.stream().flatMap(field -> Connections.OPERATIONS.stream().map(op -> ", `" + op + "_" + field + "`"))
                .collect(java.util.stream.Collectors.joining());
    }

    private static Map<String, Object> node(Value value) {
        return new LinkedHashMap<>(value.asMap());
    }

    private static Map<String, Object> parameters(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
