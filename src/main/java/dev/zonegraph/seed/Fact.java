package dev.zonegraph.seed;

import java.util.Map;

/**
 * What a facts document states, checked and ready to write: a node or a relationship, each with its evidence (the
 * {@code source} article, or the reference standard, and the quote that proves it).
 */
public sealed interface Fact {

    /** Where the fact comes from: an article id, or {@link Seed#REFERENCE_SOURCE}. */
    String source();

    /** The quote that proves the fact, verbatim in its source. */
    String quote();

    /** A node: its label, stable id and properties (name, aliases, nameEn and the label's own). */
    record Node(String id, String label, Map<String, Object> properties, String source, String quote) implements Fact {
        public String name() {
            return (String) properties.get("name");
        }
    }

    /** A relationship between two nodes, by id. */
    record Link(String from, String type, String to, Map<String, Object> properties, String source, String quote)
            implements Fact {
    }
}
