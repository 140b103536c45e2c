package dev.zonegraph.query;

import java.util.HashMap;
import java.util.Map;

/**
 * Collects the parameters of one Cypher statement as it is built: every value from a request becomes a
 * {@code $p<n>} parameter, so nothing a client sends is ever written into the statement text.
 */
final class CypherParts {

    private final Map<String, Object> parameters = new HashMap<>();
    private int nextParameter;
    private int nextVariable;

    /** Adds {@code value} as a parameter and returns its placeholder. */
    String parameter(Object value) {
        String name = "p" + nextParameter++;
        parameters.put(name, value);
        return "$" + name;
    }

    /** A fresh variable name for a pattern. */
    String variable() {
        return "v" + nextVariable++;
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
