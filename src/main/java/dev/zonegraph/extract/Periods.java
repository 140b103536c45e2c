package dev.zonegraph.extract;

import java.util.regex.Pattern;

/**
 * The periods a figure is stated for (前两个月, 前5个月, 2021年, 1至9月, 1-9月, 前三季度, 截至3月, 今年以来, 全年, 建成后 ...), shared by the
 * rules that read a figure's period and those that must not take a period for a name.
 */
final class Periods {

    /**
     * A period as a regular expression; group 1 is a bare year followed by 前 (2022年前两个月), group 2 a year. A date
     * with its day (今年1月15日) is when something happened, not a period; a batch before a sum of money (首批2272万元)
     * is a tranche of it, not a period.
     */
    static final String WORDS = "(\\d{4})年(?=前)|(?:(\\d{4})年(?!\\d{1,2}月\\d{1,2}日)(?:度|初|底|上半年|下半年|[一二三四]季度|\\d{1,2}月"
            + "|\\d{1,2}[至\\-—–]\\d{1,2}月)?)|\\d{1,2}[至\\-—–]\\d{1,2}月|前(?:[一二两三四五六七八九十]+|\\d{1,2})个月|前[一二三]季度|今年(?:以来)?(?!\\d{1,2}月\\d{1,2}日)"
            + "|去年|全年|上半年|下半年|[一二三四]季度|截至(?:目前|\\d{1,2}月底?)|目前|未来\\d+年|连续\\d+年|疫情防控期间"
            + "|疫情初期|春节前夕|一个半月|年度|建成后|投产后|达产后|随后|此后|(?:第[一二三四五六七八九十]|首)批(?!\\d+(?:\\.\\d+)?[万亿]?元)";

    static final Pattern PERIOD = Pattern.compile(WORDS);

    private Periods() {
    }

    /** Whether the whole text is a period (三季度, 上半年), never a name. */
    static boolean isPeriod(String text) {
        return PERIOD.matcher(text).matches() || text.matches("[一二三四]季度|前[一二三四]季|\\d{1,2}月");
    }
}
