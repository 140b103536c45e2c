package dev.zonegraph.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile but valid GraphQL requests the issues measured (each took seconds to minutes, or an INTERNAL_ERROR),
 * each written twice: with its input in the document, and in variables. The tests and the benchmark's hostile run
 * send these.
 */
public final class HostileRequests {

    private static final JsonMapper json = JsonMapper.builder().build();

    /** A request: its name, the document, its variables, and the limit whose setting refuses it. */
    public record Hostile(String name, String document, Map<String, Object> variables, String limit) {
    }

    private HostileRequests() {
    }

    /** Every hostile request, in the document and in variables. */
    public static List<Hostile> all() {
        List<Hostile> all = new ArrayList<>();
        all.addAll(both("NOT nested 480 deep", "zones", "ZoneWhere", nested("NOT", 480, eq("name", "x")),
                "max-filter-depth"));
        all.addAll(both("40 nested relationship filters", "enterprises", "EnterpriseWhere", relationshipChain(40),
                "max-filter-depth"));
        all.addAll(both("OR of 5,000 terms", "zones", "ZoneWhere", Map.of("OR", terms(5_000)), "max-list-length"));
        all.addAll(both("OR of 200 terms", "zones", "ZoneWhere", Map.of("OR", terms(200)), "max-filter-terms"));
        all.addAll(both("AND/OR nested 30 deep", "zones", "ZoneWhere", andOr(30), "max-filter-depth"));
        String text = "稀土 OR ".repeat(20_000);
        all.add(new Hostile("search 稀土 OR x 20,000 (document)", "{ search(text: " + json.writeValueAsString(text)
                + ", first: 5) { score } }", Map.of(), "max-string-length"));
        all.add(new Hostile("search 稀土 OR x 20,000 (variables)", "query Q($t: String!) { search(text: $t, first: 5) "
                + "{ score } }", Map.of("t", text), "max-string-length"));
        all.add(new Hostile("first: 1000000 (document)", "{ zones(first: 1000000) { totalCount } }", Map.of(),
                "max-first"));
        all.add(new Hostile("first: 1000000 (variables)", "query Q($n: Int) { zones(first: $n) { totalCount } }",
                Map.of("n", 1_000_000), "max-first"));
        String fanOut = "{ edges { node { enterprises { awards { recipients { name } } } } } }";
        all.add(new Hostile("fan-out (document)", "{ zones(first: 100) " + fanOut + " }", Map.of(), "max-complexity"));
        all.add(new Hostile("fan-out (variables)", "query Q($n: Int) { zones(first: $n) " + fanOut + " }",
                Map.of("n", 100), "max-complexity"));
        all.add(new Hostile("200 aliased root fields (document)", aliases(200, "zone(id: \"zone:xian\")", ""),
                Map.of(), "max-root-fields"));
        all.add(new Hostile("200 aliased root fields (variables)", aliases(200, "zone(id: $id)", "($id: ID!)"),
                Map.of("id", "zone:xian"), "max-root-fields"));
        return all;
    }

    /** The console statements the issue measured: a 1 GB answer, and two Neo4j run-time failures. */
    public static List<String> consoleStatements() {
        return List.of("RETURN reduce(s = 'a', x IN range(1, 30) | s + s) AS s",
                "UNWIND range(1,3) AS i CALL { WITH i RETURN i AS j } IN TRANSACTIONS RETURN j",
                "MATCH (a),(b) MATCH p=shortestPath((a)-[*]-(b)) RETURN count(p)");
    }

    /** {@code where} on a root connection, as a literal in the document and as a variable. */
    private static List<Hostile> both(String name, String field, String type, Map<String, Object> where,
            String limit) {
        return List.of(
                new Hostile(name + " (document)", "{ " + field + "(where: " + literal(where) + ") { totalCount } }",
                        Map.of(), limit),
                new Hostile(name + " (variables)", "query Q($w: " + type + ") { " + field + "(where: $w) { totalCount } }",
                        Map.of("w", where), limit));
    }

    static Map<String, Object> eq(String property, Object value) {
        return Map.of(property, Map.of("eq", value));
    }

    static Map<String, Object> nested(String operator, int depth, Map<String, Object> inner) {
        Map<String, Object> filter = inner;
        for (int i = 0; i < depth; i++) {
            filter = Map.of(operator, filter);
        }
        return filter;
    }

    /** A filter on enterprises: zone → enterprises (some) → zone → ...: {@code count} relationship filters. */
    public static Map<String, Object> relationshipChain(int count) {
        Map<String, Object> filter = eq("name", "x");
        for (int i = count - 1; i >= 0; i--) {
            filter = i % 2 == 0 ? Map.of("zone", filter) : Map.of("enterprises", Map.of("some", filter));
        }
        return filter;
    }

    static List<Object> terms(int count) {
        List<Object> terms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            terms.add(eq("name", "zone " + i));
        }
        return terms;
    }

    static Map<String, Object> andOr(int depth) {
        Map<String, Object> filter = eq("name", "x");
        for (int i = 0; i < depth; i++) {
            filter = Map.of(i % 2 == 0 ? "AND" : "OR", List.of(filter, eq("name", "y" + i)));
        }
        return filter;
    }

    static String aliases(int count, String field, String variables) {
        var document = new StringBuilder(variables.isEmpty() ? "{" : "query Q" + variables + " {");
        for (int i = 1; i <= count; i++) {
            document.append(" z").append(i).append(": ").append(field).append(" { name }");
        }
        return document.append(" }").toString();
    }

    /** A value as a GraphQL input literal. */
    static String literal(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + literal(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(HostileRequests::literal).collect(Collectors.joining(", ", "[", "]"));
        }
        return json.writeValueAsString(value);
    }
}
