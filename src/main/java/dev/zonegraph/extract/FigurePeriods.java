package dev.zonegraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a figure is stated for: the nearest one written before it in its sentence, else the paragraph's last
 * so far, else (for a paragraph opening with 其中 or 此次, the detail of the one before) the previous paragraph's last.
 * A total after an increase (新增12家,累计达到46家) and the set a statement picks from (在6家…企业中) are stocks, stated
 * for no period; 年度 names its own figure's year (年度投资) and is not carried to the clauses after it.
 */
final class FigurePeriods {

    /** A period and the year it fixes, either may be null. */
    record Period(String text, String year) {
        static final Period NONE = new Period(null, null);

        Integer yearNumber() {
            return year == null ? null : Integer.valueOf(year);
        }
    }

    private static final Pattern CONTINUES = Pattern.compile("其中|此次|本次");
    private static final Pattern CUMULATIVE = Pattern.compile("累计(?:达到|达)?");
    /** Periods that belong to the figure they are written with, never to the sentences after it. */
    private static final String OWN_ONLY = "年度";

    private final Doc doc;

    FigurePeriods(Doc doc) {
        this.doc = doc;
    }

    Period of(Doc.Sentence s, Figure f) {
        String text = s.text();
        int at = f.start();
        int clause = Clauses.start(text, at);
        String clauseBefore = text.substring(clause, at);
        if (CUMULATIVE.matcher(clauseBefore).lookingAt() && text.substring(0, at).contains("新增")
                || clauseBefore.endsWith("在") && text.substring(f.end(), Clauses.end(text, f.end())).contains("中")) {
            return Period.NONE;
        }
        Period found = last(text, clause, at, true);
        if (found.text() == null) {
            found = last(text, 0, clause, false);
        }
        if (found.text() == null) {
            found = last(text, at, Clauses.end(text, at), true);
        }
        Doc.Passage paragraph = s.passage();
        for (int i = s.index() - 1; found.text() == null && i >= 0; i--) {
            Doc.Sentence earlier = doc.sentences.get(i);
            if (earlier.passage() != paragraph) {
                if (paragraph != s.passage() || !CONTINUES.matcher(s.passage().text()).lookingAt()
                        || !earlier.passage().field().equals("text")) {
                    break;
                }
                paragraph = earlier.passage();
            }
            found = last(earlier.text(), 0, earlier.text().length(), false);
        }
        return found;
    }

    /** The last period in text[from, to), a figure's own ones ({@link #OWN_ONLY}) only when {@code own}. */
    private static Period last(String text, int from, int to, boolean own) {
        Matcher m = Periods.PERIOD.matcher(text).region(from, to).useTransparentBounds(true);
        String period = null;
        String year = null;
        while (m.find()) {
            if (m.group(1) != null) {
                year = m.group(1);
                continue;
            }
            if (!own && m.group().equals(OWN_ONLY)) {
                continue;
            }
            period = m.group();
            year = m.group(2) != null ? m.group(2) : period.matches("前.*个月") ? year : null;
        }
        return new Period(period, year);
    }
}
