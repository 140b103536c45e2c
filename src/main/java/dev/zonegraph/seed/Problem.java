package dev.zonegraph.seed;

import java.util.List;

/**
 * One thing wrong with a fact, as {@link FactsValidator} finds it: where (a path of keys and list indices from the
 * root of the facts document, the same for a YAML file and a GraphQL input), what, and a code clients branch on.
 *
 * @param path keys (String) and indices (Integer) leading to the offending value, e.g. {@code [indicators, 0, value]}
 * @param message what is wrong, naming the fact
 * @param code the kind of problem
 */
public record Problem(List<Object> path, String message, Code code) {

    /** Kinds of problem; the GraphQL {@code UserErrorCode} enum has the same values. */
    public enum Code {
        /** A value is missing or malformed (an id, a name, a date, a unit, an enum value). */
        INVALID,
        /** A number is not a number, or not a whole one where one is needed. */
        BAD_NUMBER,
        /** A fact has no evidence (article and quote). */
        MISSING_EVIDENCE,
        /** The evidence names an article the graph (or the files) do not hold. */
        UNKNOWN_ARTICLE,
        /** The quote does not stand verbatim in the article's text. */
        QUOTE_NOT_FOUND,
        /** A label outside the vocabulary. */
        UNKNOWN_LABEL,
        /** A relationship type outside the vocabulary, or one the loader makes itself. */
        UNKNOWN_TYPE,
        /** A relationship end that is neither declared nor in the graph. */
        UNKNOWN_ID,
        /** A relationship between labels its type does not join. */
        WRONG_ENDPOINT,
        /** An id already used with another label or other values (correct it with correctFact instead). */
        CONFLICT,
        /** An id declared twice in the same facts. */
        DUPLICATE,
        /** The fact to correct or retract is not in the graph. */
        NOT_FOUND
    }

    public Problem {
        path = List.copyOf(path);
    }

    /** The path as text: {@code indicators[0].value}. */
    public String pathText() {
        var out = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(step);
            }
        }
        return out.toString();
    }
}
