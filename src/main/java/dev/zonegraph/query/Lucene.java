package dev.zonegraph.query;

import java.util.Locale;
import java.util.regex.Pattern;

/** Makes user text safe for Lucene's query parser: every operator character is escaped, so it searches as words. */
final class Lucene {

    private static final Pattern OPERATOR_WORDS = Pattern.compile("\\b(AND|OR|NOT)\\b");
    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private Lucene() {
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // AND, OR and NOT in capitals are operators too; lower-case keeps them plain words.
        return OPERATOR_WORDS.matcher(out).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
    }
}
