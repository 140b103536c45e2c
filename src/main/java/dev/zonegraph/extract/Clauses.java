package dev.zonegraph.extract;

/**
 * Where the clause around a position of a sentence starts and ends (commas, semicolons and colons part clauses), and
 * whether a position stands inside quotation marks: a short quote with no clause in it is a name or coined phrase
 * (“五个主担当”), a longer one is someone's speech.
 */
final class Clauses {

    private static final String INNER = ",,;;::";
    private static final String OUTER = INNER + "。!?!?…";

    private Clauses() {
    }

    /** The start of the clause holding {@code at}: just after the last comma, semicolon or colon before it. */
    static int start(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            if (INNER.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The end of the clause holding {@code at}: the next clause or sentence punctuation, else the text's end. */
    static int end(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            if (OUTER.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** The quotation around {@code at} as {open, close} (close is the index of ”, or the text's length), or null. */
    static int[] quote(String text, int at) {
        int open = text.lastIndexOf('“', at - 1);
        if (open < 0 || text.lastIndexOf('”', at - 1) > open) {
            return null;
        }
        int close = text.indexOf('”', at);
        return new int[] {open, close < 0 ? text.length() : close};
    }

    /** Whether {@code at} stands inside a quoted name: quotation marks closed around no clause punctuation. */
    static boolean inName(String text, int at) {
        int[] q = quote(text, at);
        if (q == null || q[1] == text.length()) {
            return false;
        }
        String inside = text.substring(q[0] + 1, q[1]);
        return inside.chars().noneMatch(c -> OUTER.indexOf(c) >= 0);
    }
}
