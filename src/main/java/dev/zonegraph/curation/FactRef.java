package dev.zonegraph.curation;

import dev.zonegraph.seed.Problem;
import dev.zonegraph.seed.Vocabulary;
import java.util.List;
import java.util.Map;

/**
 * The fact a correction, retraction or history request is about: a figure by its id, or the relationships of one
 * type between two nodes.
 */
record FactRef(String indicator, String from, String type, String to) {

    /** Reads {@code {indicator}} or {@code {relationship: {from, type, to}}}; null when neither is given. */
    static FactRef of(Map<String, Object> fact) {
        if (fact == null) {
            return null;
        }
        if (fact.get("indicator") != null) {
            return new FactRef((String) fact.get("indicator"), null, null, null);
        }
        if (fact.get("relationship") instanceof Map<?, ?> r) {
            return new FactRef(null, (String) r.get("from"), (String) r.get("type"), (String) r.get("to"));
        }
        return null;
    }

    static Problem missing() {
        return new Problem(List.of("fact"), "give the fact: indicator (its id) or relationship {from, type, to}",
                Problem.Code.INVALID);
    }

    boolean isIndicator() {
        return indicator != null;
    }

    /** How revisions name the fact: the indicator id, or {@code from -TYPE-> to}. */
    String key() {
        return isIndicator() ? indicator : from + " -" + type + "-> " + to;
    }

    /** The parameters of the relationship statements, the labels read from the ids' prefixes. */
    Map<String, Object> relationshipParameters() {
        return Map.of("fromLabel", label(from), "from", from, "type", type, "toLabel", label(to), "to", to);
    }

    private static String label(String id) {
        String label = Vocabulary.labelOfId(id);
        return label == null ? "Unknown" : label;
    }
}
