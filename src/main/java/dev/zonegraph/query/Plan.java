package dev.zonegraph.query;

import dev.zonegraph.query.GraphModel.Relation;
import java.util.List;
import java.util.Map;

/**
 * What one root field asks of the graph, as an immutable tree: which nodes, which of their properties, which
 * relationships with which filter, order and page, and which totals. {@link Planner} builds it from the GraphQL
 * selection (fragments, aliases and variables resolved); {@link CypherRenderer} turns it into one statement. Every
 * {@code key} is the GraphQL result key (the alias, or the field name), so the statement's answer already has the
 * shape of the response.
 */
sealed interface Plan {

    /** One node of a type by id; null when there is none. */
    record Lookup(String label, Object id, NodeSelection node) implements Plan {
    }

    /**
     * A root connection over every node of a type that matches.
     *
     * @param anchor where the match starts when the filter pins a related node, else null; {@code page.where()} is
     *        then what the anchor does not already imply
     */
    record RootConnection(String typeName, Anchor anchor, Page page, ConnectionSelection selection) implements Plan {
    }

    /** Full-text hits, best first: the Lucene query (the text, escaped), the score and node selections by key. */
    record Search(Object query, List<String> labels, int first, List<String> scoreKeys,
            Map<String, NodeSelection> nodes) implements Plan {
    }

    /**
     * A chain of relationships from the root nodes to a node pinned by equalities on indexed properties, which Neo4j
     * can start the match from ({@code (n:Enterprise)-[:LOCATED_IN]->(:Zone)-[:RECEIVED]->(:Award {level: $p})}).
     */
    record Anchor(List<Step> steps, Map<String, Object> pinned) {
    }

    /** One relationship of an anchor chain and the label of the node it reaches. */
    record Step(Relation relation, String label) {
    }

    /** What to project of one node: its fields, and its labels where the schema type is abstract. */
    record NodeSelection(String typeName, boolean labels, List<Field> fields) {
    }

    /** One selected field of a node. */
    sealed interface Field {
        String key();
    }

    /** A property; {@code list} ones read as an empty list when absent. */
    record Property(String key, String property, boolean list) implements Field {
    }

    /** The node's MENTIONED_IN evidence. */
    record NodeEvidence(String key, EvidenceSelection selection) implements Field {
    }

    /** A relationship field as a node ({@code single}) or a list of nodes. */
    record Related(String key, Relation relation, boolean single, Page page, NodeSelection target) implements Field {
    }

    /** A relationship field as a connection. */
    record RelatedConnection(String key, Relation relation, Page page, ConnectionSelection selection)
            implements Field {
    }

    /** A field selected differently per type in an abstract position: the variant for each label. */
    record ByLabel(String key, Map<String, Field> variants) implements Field {
    }

    /** What a connection's selection asks: edges (by key), whether page info is read, totals. */
    record ConnectionSelection(Map<String, EdgeSelection> edges, boolean pageInfo, List<String> totalCountKeys,
            Map<String, AggregateSelection> aggregates) {

        /** Whether a page of edges must be fetched (for edges or page info). */
        boolean needsPage() {
            return pageInfo || !edges.isEmpty();
        }

        /** Whether the count (or aggregates) of all matches must be computed. */
        boolean needsTotals() {
            return !totalCountKeys.isEmpty() || !aggregates.isEmpty();
        }
    }

    /** The fields of one edge: its node, the evidence and role of the relationship. */
    record EdgeSelection(Map<String, NodeSelection> nodes, Map<String, EvidenceSelection> evidence,
            List<String> roleKeys) {
    }

    /** The fields of evidence: {@code source}/{@code quote} keys (key → field) and article selections. */
    record EvidenceSelection(Map<String, String> scalars, Map<String, NodeSelection> articles) {
    }

    /** An aggregate's selection: count keys, and per key an operation over some numeric fields (key → field). */
    record AggregateSelection(List<String> countKeys, Map<String, Operation> operations) {
    }

    /** min, max, avg or sum over numeric fields. */
    record Operation(String function, Map<String, String> fields) {
    }

    /**
     * Filter, order and page of a list or connection.
     *
     * @param after the sort-key values of the edge to continue after, or null for the first page
     */
    record Page(Filter where, List<Sort> order, int first, List<Object> after) {
    }

    /** One sort key; {@code id} ascending always follows the requested ones. */
    record Sort(String property, boolean descending) {
    }
}
