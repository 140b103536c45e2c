package dev.zonegraph.seed;

import dev.zonegraph.graph.SchemaInstaller;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the whole seed as one plain Cypher script (schema, then MERGE statements with literal values) that anyone
 * can run in their own Neo4j with cypher-shell or Neo4j Browser. It writes the same graph as {@link SeedLoader}.
 */
public final class CypherScript {

    private CypherScript() {
    }

    public static String render(Seed seed) {
        var out = new StringBuilder("""
                // zonegraph seed graph: every node and relationship drawn from the page in seeds/, with its evidence.
                // Generated from seeds/ by: ./mvnw -q spring-boot:run -Dspring-boot.run.arguments=--export-cypher=cypher/seed-graph.cypher
                // Do not edit by hand. Load it into an empty database with:
                //   cypher-shell -a neo4j://127.0.0.1:7687 -f cypher/seed-graph.cypher
                """);
        out.append("\n// Schema (cypher/schema.cypher)\n");
        for (String statement : SchemaInstaller.statements()) {
            out.append(statement.replaceAll("\\s*\\R\\s*", " ")).append(";\n");
        }
        Map<String, String> labels = SeedLoader.labelsById(seed);
        out.append("\n// Reference: administrative divisions (").append(Seed.REFERENCE_SOURCE).append(")\n");
        for (Fact.Node node : seed.referenceNodes()) {
            out.append(mergeNode(node)).append(";\n");
        }
        for (Fact.Link link : seed.referenceLinks()) {
            out.append(mergeLink(link, labels)).append(";\n");
        }
        for (ArticleFacts facts : seed.articles()) {
            Article article = facts.article();
            out.append("\n// ").append(article.id()).append(": ").append(article.title()).append('\n');
            out.append("MERGE (a:Article {id: ").append(literal(article.id())).append("}) SET a = ")
                    .append(literal(SeedLoader.articleProperties(article))).append(", a.id = ")
                    .append(literal(article.id())).append(";\n");
            for (Fact.Node node : facts.nodes()) {
                out.append(mergeNode(node)).append(";\n");
                out.append("MATCH (n:").append(node.label()).append(" {id: ").append(literal(node.id()))
                        .append("}), (a:Article {id: ").append(literal(node.source())).append("}) ")
                        .append("MERGE (n)-[m:MENTIONED_IN {source: ").append(literal(node.source()))
                        .append("}]->(a) SET m.quote = ").append(literal(node.quote())).append(";\n");
            }
            for (Fact.Link link : facts.links()) {
                out.append(mergeLink(link, labels)).append(";\n");
            }
        }
        return out.toString();
    }

    private static String mergeNode(Fact.Node node) {
        return "MERGE (n:" + node.label() + " {id: " + literal(node.id()) + "}) SET n = "
                + literal(node.properties()) + ", n.id = " + literal(node.id());
    }

    private static String mergeLink(Fact.Link link, Map<String, String> labels) {
        String source = link.source();
        return "MATCH (a:" + labels.get(link.from()) + " {id: " + literal(link.from()) + "}), (b:"
                + labels.get(link.to()) + " {id: " + literal(link.to()) + "}) MERGE (a)-[r:" + link.type()
                + " {source: " + literal(source) + "}]->(b) SET r = " + literal(link.properties())
                + ", r.source = " + literal(source) + ", r.quote = " + literal(link.quote());
    }

    /** A Cypher literal for a string, number, boolean, list or map. */
    static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r") + "'";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CypherScript::literal).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            // Sorted keys: the same seed always renders the same script.
            return map.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().toString()))
                    .map(e -> "`" + e.getKey() + "`: " + literal(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        throw new IllegalArgumentException("no Cypher literal for " + value.getClass().getSimpleName());
    }
}
