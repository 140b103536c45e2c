package dev.zonegraph.query;

import java.util.List;
import java.util.Map;

/**
 * The size of one argument's value as the request resolved it (variables applied): how deep its input objects nest,
 * how many conditions it holds, its longest list and its longest string.
 */
record InputSize(int depth, int terms, int longestList, int longestString) {

    static final InputSize NONE = new InputSize(0, 0, 0, 0);

    /** Measures {@code value}: a scalar, a list, or an input object (a map). */
    static InputSize of(Object value) {
        if (value instanceof Map<?, ?> map) {
            var inner = NONE;
            int terms = 0;
            for (Object entry : map.values()) {
                var size = of(entry);
                inner = inner.max(size);
                // an entry holding a scalar or a list of scalars is one condition; input objects count their own
                terms += size.depth == 0 ? 1 : size.terms;
            }
            return new InputSize(inner.depth + 1, terms, inner.longestList, inner.longestString);
        }
        if (value instanceof List<?> list) {
            var inner = NONE;
            int terms = 0;
            for (Object item : list) {
                var size = of(item);
                inner = inner.max(size);
                terms += size.terms;
            }
            return new InputSize(inner.depth, terms, Math.max(list.size(), inner.longestList), inner.longestString);
        }
        return new InputSize(0, 0, 0, value instanceof String text ? text.length() : 0);
    }

    /** The larger depth, list and string of the two; terms are counted by the caller. */
    private InputSize max(InputSize other) {
        return new InputSize(Math.max(depth, other.depth), 0, Math.max(longestList, other.longestList),
                Math.max(longestString, other.longestString));
    }
}
