package dev.zonegraph.seed;

import java.util.Map;

/** What a facts file states, checked and ready to write: a node or a relationship, each with its evidence. */
public sealed interface Fact {

    /** The quote that proves the fact, verbatim in its article. */
    String quote();

    /** A node: its label, stable id and properties (name, aliases, nameEn and the label's own). */
    record Node(String id, String label, Map<String, Object> properties, String quote) implements Fact {
        public String name() {
            return (String) properties.get("name");
        }
    }

    /** A relationship between two nodes, by id. */
    record Link(String from, String type, String to, Map<String, Object> properties, String quote) implements Fact {
    }
}
