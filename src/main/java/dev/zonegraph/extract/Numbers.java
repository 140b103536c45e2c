package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a sentence: 479.8亿元, 3600多名, 超过20亿元, 80%以上, 5-10个, 两个, 四大, 全国第一/前三, and the
 * year-on-year growth (同比增长34.9%) joined to the value it qualifies.
 */
final class Numbers {

    static final String UNITS = "亿元|万元|元|万平方米|平方米|GWh|GWH|GW|万台|家次|家|个|项|辆|台|张|名|人|亩|%";
    private static final Pattern VALUE = Pattern.compile(
            "(超过|至少|约|近|逾)?(\\d+(?:\\.\\d+)?)(?:[-—~至](\\d+(?:\\.\\d+)?))?(多|余)?(" + UNITS + ")(以上)?");
    private static final Pattern GROWTH_CUE = Pattern.compile("(增长|增速|增幅)[^,。;\\d]{0,8}$");
    /** 两个, 四大 …; 一个/一项 is the indefinite article (一项重要举措), not a count. */
    private static final Pattern SMALL = Pattern.compile("(?<![一二两三四五六七八九十第前])([二两三四五六七八九十])(个(?!半)|家|项|大(?!幅|力|量))");
    private static final Pattern RANK = Pattern.compile("(?:居|位居|保持|占比)[^,。;]{0,10}?(第|前)([一二三四五六七八九十])");
    private static final Pattern ONLY = Pattern.compile("唯一");
    private static final String DIGITS = "一二三四五六七八九十";

    private Numbers() {
    }

    static List<Figure> find(String text) {
        List<Figure> values = new ArrayList<>();
        List<Figure> growths = new ArrayList<>();
        Matcher m = VALUE.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1))) {
                continue;
            }
            double value = Double.parseDouble(m.group(2));
            String unit = m.group(5).equals("GWH") ? "GWh" : m.group(5);
            if (unit.equals("%") && GROWTH_CUE.matcher(text.substring(0, m.start())).find()) {
                growths.add(new Figure(null, null, m.group(6), value, m.start(), m.end()));
                continue;
            }
            String qualifier = m.group(3) != null ? "至少" : first(m.group(1), m.group(4), m.group(6));
            values.add(new Figure(value, unit, "逾".equals(qualifier) ? "超过" : qualifier, null, m.start(), m.end()));
        }
        m = SMALL.matcher(text);
        while (m.find()) {
            String unit = m.group(2).equals("大") ? "个" : m.group(2);
            values.add(new Figure((double) chinese(m.group(1)), unit, null, null, m.start(), m.end()));
        }
        m = RANK.matcher(text);
        while (m.find()) {
            values.add(new Figure((double) chinese(m.group(2)), "名", m.group(1).equals("前") ? "前" : null, null,
                    m.start(1), m.end()));
        }
        m = ONLY.matcher(text);
        while (m.find()) {
            values.add(new Figure(1.0, "个", null, null, m.start(), m.end()));
        }
        return pair(text, values, growths);
    }

    /**
     * Each growth rate joins the nearest value with no other figure between them, or stands alone; not a value in
     * another clause that states another period or kind (2021年…迈上2800亿元台阶,今年力争…增长8%以上).
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

    /** Whether two figures of one sentence share a clause, or their clauses state no different period or kind. */
    private static boolean sameFrame(String text, Figure a, Figure b) {
        int startA = Clauses.start(text, a.start());
        int startB = Clauses.start(text, b.start());
        if (startA == startB) {
            return true;
        }
        String clauseA = text.substring(startA, Clauses.end(text, a.start()));
        String clauseB = text.substring(startB, Clauses.end(text, b.start()));
        var periodA = Periods.PERIOD.matcher(clauseA);
        var periodB = Periods.PERIOD.matcher(clauseB);
        boolean otherPeriod = periodA.find() && periodB.find() && !periodA.group().equals(periodB.group());
        boolean otherKind = FigureRules.TARGET.matcher(clauseA).find() != FigureRules.TARGET.matcher(clauseB).find();
        return !otherPeriod && !otherKind;
    }

    static int chinese(String digit) {
        return digit.equals("两") ? 2 : DIGITS.indexOf(digit) + 1;
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
