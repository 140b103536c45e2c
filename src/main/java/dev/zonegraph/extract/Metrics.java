package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The metric a figure measures, as the text names it: the words of its clause before it without the subject's name,
 * the period, adverbs and linking verbs (西安高新区还在2022年初拨付首批2272万元稳岗返岗资金 → 拨付首批稳岗返岗资金), followed by
 * the object written after the figure (保障8042名企业员工返岗 → 保障企业员工返岗), or that object alone after 的 (完成了超过20亿元的产值
 * → 产值). A coordination shared by one figure (储氢和抛光材料产量均居全国第一) gives one metric per item.
 */
final class Metrics {

    private static final Pattern LEADING = Pattern.compile("^(?:其中|此外|同时|并且?|且|而|还|也|已经?|都|均|在|于|将|力争|计划|预计|争取"
            + "|确保|拟|实现|完成|共有|我们的?|我司的?|很快就?|便|又|再|就)+");
    private static final Pattern TRAILING = Pattern.compile("(?:同比|大幅|增长|增速|更是|高达|达到|(?<![下到送传表抵发])达|为|实现了?|完成了?|共有"
            + "|超过|至少|约|近|逾|很快就?|就|便|又|再|还|也|已经?|都|均)+$");
    private static final Pattern COORDINATED = Pattern.compile("^(.+?[和及、].+?)(?:均|都)(.*)$");

    private Metrics() {
    }

    /**
     * The metric of the figure at text[figureStart, figureEnd) in the clause text[clauseStart, clauseEnd), the names
     * of entities in it left out.
     */
    static String of(String text, int clauseStart, int figureStart, int figureEnd, int clauseEnd, List<String> names) {
        var before = new StringBuilder();
        var period = Periods.PERIOD.matcher(text).region(clauseStart, figureStart).useTransparentBounds(true);
        int at = clauseStart;
        while (period.find()) {
            before.append(text, at, period.start());
            at = period.end();
        }
        String metric = before.append(text, at, figureStart).toString();
        String after = text.substring(figureEnd, clauseEnd);
        for (String name : names) {
            metric = metric.replace(name, "");
        }
        metric = TRAILING.matcher(LEADING.matcher(metric).replaceAll("")).replaceAll("").strip();
        String object = after.replaceFirst("\\d.*$", "").replaceFirst("^已", "").strip();
        if (object.startsWith("的")) {
            return object.length() > 1 ? object.substring(1) : metric;
        }
        return metric + object;
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
}
