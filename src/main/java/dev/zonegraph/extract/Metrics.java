package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The metric a figure measures, as the text names it: the words of its clause before it without the subject's name,
 * the period, earlier figures, adverbs and linking verbs (西安高新区还在2022年初拨付首批2272万元稳岗返岗资金 → 拨付首批稳岗返岗资金),
 * followed by the object written after the figure (保障8042名企业员工返岗 → 保障企业员工返岗), or that object alone after
 * 的 (完成了超过20亿元的产值 → 产值). In a list of figures (制定国家标准48项、行业标准55项) an item takes the list's verb; a
 * coordination shared by one figure (储氢和抛光材料产量均居全国第一) gives one metric per item.
 */
final class Metrics {

    private static final Pattern LEADING = Pattern.compile("^(?:的|其中|此外|同时|并且?|且|而且?|反而|不仅|但|还|也|已经?|都|均|在|于"
            + "|将|力争|计划|预计|争取|确保|拟|实现|完成|共有|我们的?|我司的?|很快就?|便|又|再|就)+");
    private static final Pattern TRAILING = Pattern.compile("(?:同比|大幅|增长|增速|更是|高达|达到|(?<![下到送传表抵发])达|为|实现了?"
            + "|完成了?|共有|超过|至少|约|近|逾|很快就?|就|便|又|再|还|也|已经?|都|均)+$");
    private static final Pattern COORDINATED = Pattern.compile("^(.+?[和及、].+?)(?:均|都)(.*)$");
    private static final Pattern FIGURE = Pattern.compile(Numbers.VALUE.pattern() + "|[两二三四五六七八九十][个家项大]");
    private static final Pattern QUOTED_NAMES = Pattern.compile("^(?:“[^”]*”)+$");
    /** An object that is a partner or purpose (与…共建, 用于…), not what the figure counts. */
    private static final Pattern PURPOSE = Pattern.compile("^(?:与|和|向|为|对|在|从|用于)");
    /** Where a clause stops naming what it measures (…的汽车产值不仅没有…下降). */
    private static final Pattern MEASURE_END = Pattern.compile("不仅|没有|均|都|已|同比|增长|实现|完成|达");

    private Metrics() {
    }

    /**
     * The metric of the figure at text[figureStart, valueEnd) in the clause starting at {@code clauseStart}; a name
     * of {@code subjects} opening it is left out.
     */
    static String of(String text, int clauseStart, int figureStart, int valueEnd, List<String> subjects) {
        String before = withoutPeriods(text, clauseStart, figureStart);
        String[] items = before.split("、", -1);
        var earlier = FIGURE.matcher(items[0]);
        if (items.length > 1 && earlier.find()) {
            before = verbPhrase(items[0].substring(0, earlier.start())) + items[items.length - 1];
        }
        String object = text.substring(valueEnd, Clauses.end(text, valueEnd)).replaceFirst("(?:、|\\d|[两二三四五六七八九十][个家项大]).*$", "")
                .replaceFirst("^已", "").strip();
        before = FIGURE.matcher(before).replaceAll("");
        if (!object.isEmpty() && QUOTED_NAMES.matcher(before).matches()) {
            before = "";
        }
        String metric = clean(before, subjects);
        if (object.startsWith("的")) {
            return object.length() > 1 ? object.substring(1) : metric;
        }
        return PURPOSE.matcher(object).find() ? metric : metric + object;
    }

    /** What the clause before {@code clauseStart} measures (比亚迪…的汽车产值不仅没有下降,反而…增长321%). */
    static String ofEarlierClause(String text, int clauseStart, List<String> subjects) {
        if (clauseStart == 0) {
            return "";
        }
        String clause = withoutPeriods(text, Clauses.start(text, clauseStart - 1), clauseStart - 1);
        var end = MEASURE_END.matcher(clause);
        return clean(end.find() ? clause.substring(0, end.start()) : clause, subjects);
    }

    /** One metric per item of a coordination shared by the figure (…均/都…), else the metric alone. */
    static List<String> split(String metric) {
        var m = COORDINATED.matcher(metric);
        if (!m.matches()) {
            return List.of(metric);
        }
        String[] items = m.group(1).split("[和及、]");
        String last = items[items.length - 1];
        var words = Nlp.tokens(last);
        String head = words.size() > 1 ? last.substring(words.get(0).end()) : "";
        List<String> metrics = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            metrics.add((i < items.length - 1 ? items[i] + head : last) + m.group(2));
        }
        return metrics;
    }

    private static String clean(String metric, List<String> subjects) {
        String m = LEADING.matcher(metric.startsWith("“") && metric.indexOf('”') < 0 ? metric.substring(1) : metric)
                .replaceAll("");
        for (String name : subjects) {
            if (m.startsWith(name)) {
                m = m.substring(name.length());
                break;
            }
        }
        return TRAILING.matcher(LEADING.matcher(m).replaceAll("")).replaceAll("").strip();
    }

    private static String withoutPeriods(String text, int from, int to) {
        var kept = new StringBuilder();
        var period = Periods.PERIOD.matcher(text).region(from, to).useTransparentBounds(true);
        int at = from;
        while (period.find()) {
            kept.append(text, at, period.start());
            at = period.end();
        }
        return kept.append(text, at, to).toString();
    }

    /** The words of a list's first item up to its last verb (累计主导和参与制定国家标准 → 累计主导和参与制定). */
    private static String verbPhrase(String lead) {
        var words = Nlp.tokens(lead);
        for (int i = words.size() - 1; i >= 0; i--) {
            if (words.get(i).nature().startsWith("v")) {
                return lead.substring(0, words.get(i).end());
            }
        }
        return lead;
    }
}
