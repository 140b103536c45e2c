package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a sentence: 479.8亿元, 3600多名, 超过20亿元, 80%以上, 1.2亿元左右, 5-10个, 两个, 四大, 全国第一/前三,
 * 位列全省第2, and the year-on-year growth (同比增长34.9%, 同比下降3.2% as -3.2) joined to the value it qualifies.
 */
final class Numbers {

    private static final String UNITS = "亿元|万元|元|万平方米|平方米|GWh|GWH|GW|万台|家次|家|个|项|辆|台|张|名|人|亩|%";
    /** A value: qualifier before (group 1), number (2), the top of a range (3), 多/余 (4), unit (5), 以上/左右 (6). */
    static final Pattern VALUE = Pattern.compile("(超过|超|至少|不少于|不低于|约|近|逾)?(\\d+(?:\\.\\d+)?)(?:[-—~至](\\d+(?:\\.\\d+)?))?"
            + "(多|余)?(" + UNITS + ")(?!月)(以上|左右)?");
    /** The words before a rate that make it a growth; a fall (下降3.2%) is a negative growth. */
    private static final Pattern GROWTH_CUE = Pattern.compile("(增长|增速|增幅|下降|减少|回落|下滑)[^,。;\\d]{0,8}$");
    /** The words of a clause that only links its figure to the one before (,同比增长…; ,达…). */
    private static final Pattern LINK = Pattern.compile("(?:同比|比上年|较上年|大幅|增长|增速|增幅|下降|更是|高达|达到|达|为|实现)*");
    private static final Map<String, String> QUALIFIERS = Map.of("逾", "超过", "超", "超过", "不少于", "至少", "不低于", "至少",
            "左右", "约");
    /** 两个, 四大 …; 一个/一项 is the indefinite article (一项重要举措), not a count. */
    private static final Pattern SMALL = Pattern.compile("(?<![一二两三四五六七八九十第前])([二两三四五六七八九十])(个(?!半)|家|项|大(?!幅|力|量))");
    private static final Pattern RANK = Pattern.compile("(?:居|位居|位列|排名|排在|保持|占比)[^,。;]{0,10}?(第|前)([一二三四五六七八九十]|\\d{1,2}(?!\\d|\\.))");
    private static final Pattern ONLY = Pattern.compile("唯一");
    private static final String DIGITS = "一二三四五六七八九十";

    private Numbers() {
    }

    static List<Figure> find(String text) {
        List<Figure> values = new ArrayList<>();
        List<Figure> growths = new ArrayList<>();
        Matcher m = VALUE.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && (Character.isDigit(text.charAt(m.start() - 1)) || text.charAt(m.start() - 1) == '第')) {
                continue;
            }
            double value = Double.parseDouble(m.group(2));
            String unit = m.group(5).equals("GWH") ? "GWh" : m.group(5);
            var cue = GROWTH_CUE.matcher(text.substring(0, m.start()));
            if (unit.equals("%") && cue.find()) {
                double rate = cue.group(1).matches("增.*") ? value : -value;
                growths.add(new Figure(null, null, normal(m.group(6)), rate, m.start(), m.end()));
                continue;
            }
            String qualifier = m.group(3) != null ? "至少" : normal(first(m.group(1), m.group(4), m.group(6)));
            values.add(new Figure(value, unit, qualifier, null, m.start(), m.end()));
        }
        m = SMALL.matcher(text);
        while (m.find()) {
            String unit = m.group(2).equals("大") ? "个" : m.group(2);
            values.add(new Figure((double) chinese(m.group(1)), unit, null, null, m.start(), m.end()));
        }
        m = RANK.matcher(text);
        while (m.find()) {
            double rank = m.group(2).matches("\\d+") ? Integer.parseInt(m.group(2)) : chinese(m.group(2));
            values.add(new Figure(rank, "名", m.group(1).equals("前") ? "前" : null, null, m.start(1), m.end()));
        }
        m = ONLY.matcher(text);
        while (m.find()) {
            values.add(new Figure(1.0, "个", null, null, m.start(), m.end()));
        }
        return pair(text, values, growths);
    }

    /**
     * Each growth rate joins the nearest value with no other figure between them, or stands alone; not a value in
     * another clause that names its own measure (2021年…迈上2800亿元台阶,今年力争实现地区生产总值同比增长8%以上).
     */
    private static List<Figure> pair(String text, List<Figure> values, List<Figure> growths) {
        List<Figure> all = new ArrayList<>(values);
        for (Figure g : growths) {
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int i = 0; i < all.size(); i++) {
                Figure v = all.get(i);
                int distance = v.end() <= g.start() ? g.start() - v.end() : v.start() - g.end();
                if (v.growth() == null && v.value() != null && !"%".equals(v.unit()) && !"名".equals(v.unit())
                        && distance >= 0 && distance < bestDistance && distance <= 30 && sameFrame(text, v, g)) {
                    best = i;
                    bestDistance = distance;
                }
            }
            if (best >= 0) {
                all.set(best, all.get(best).withGrowth(g.growth(), g.start(), g.end()));
            } else {
                all.add(new Figure(null, null, g.qualifier(), g.growth(), g.start(), g.end()));
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    /**
     * Whether two figures of one sentence share a clause, or the later one's clause only links it to the earlier
     * (…产值5.14亿元,同比增长18.4%; 增速更是高达1165%,达22.4亿元) rather than naming a measure of its own.
     */
    private static boolean sameFrame(String text, Figure a, Figure b) {
        Figure later = a.start() > b.start() ? a : b;
        int clause = Clauses.start(text, later.start());
        return clause == Clauses.start(text, Math.min(a.start(), b.start()))
                || LINK.matcher(text.substring(clause, later.start())).matches();
    }

    static int chinese(String digit) {
        return digit.equals("两") ? 2 : DIGITS.indexOf(digit) + 1;
    }

    /** 逾/超 → 超过, 不少于/不低于 → 至少, 左右 → 约: the seed vocabulary's qualifiers. */
    private static String normal(String qualifier) {
        return qualifier == null ? null : QUALIFIERS.getOrDefault(qualifier, qualifier);
    }

    private static String first(String... options) {
        for (String o : options) {
            if (o != null) {
                return o;
            }
        }
        return null;
    }
}
