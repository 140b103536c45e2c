package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names recognised by what surrounds them rather than by a head word: 以X为龙头/代表, the items of a list closed by
 * 等…企业 (and the title such a list can give: 等专精特新企业), the subject of 产值/营收, projects (…项目, …生产线)
 * and people with their role.
 */
final class ContextRules {

    private static final Pattern LEADER = Pattern.compile("以([^,。;、以的]{2,14}?)为(龙头|代表|核心|引领)");
    private static final Pattern ENUMERATION = Pattern.compile(
            "([^,。;:]{2,60}?)等(?:众多|一批|区内|全区)?(?:重点|龙头|骨干|(专精特新|高新技术|瞪羚|独角兽|单项冠军)|规上|规模以上)?"
                    + "(?:企业|公司)");
    /** The subject of a company's figure, a period possibly between (阳光电源前三季度营业收入). */
    private static final Pattern FIGURE_SUBJECT = Pattern.compile(
            "(?:^|[,;:])(?:其中,?|此外,?)?([^,。;:、]{2,10}?)(?:" + Periods.WORDS + ")?(?:实现|完成)?"
                    + "(?:产值|营收|营业收入|销售收入|销售额)");
    private static final Pattern PROJECT = Pattern.compile("项目|生产线|产业园一期|基地项目");
    /** A kind of project rather than a name: 重大项目, 产业项目, 2022年3月项目, 一批…项目. */
    private static final Pattern GENERIC_PROJECT = Pattern.compile(
            "(重点|重大|开工|产业|集中|新建|市级|签约|招商)$|\\d+[年月]|^(重点|重大|一批)");
    /** A count after 项目 (项目6个) means projects of a kind, not one named project. */
    private static final Pattern COUNT = Pattern.compile("\\d+个|[一二两三四五六七八九十]+个");
    /** A count before (两个国家级标准化项目, 一批重大项目) means projects of a kind too. */
    private static final Pattern COUNTED_BEFORE = Pattern.compile("(\\d+|[一二两三四五六七八九十多]+)[个项批]$");
    private static final Pattern ROLE = Pattern.compile(
            "(总经理|副总经理|董事长|总裁|经理|主任|副主任|局长|书记|区长|主席|院长|所长|部长|处长|负责人|总工程师)$");
    private static final Set<String> GENERIC = Set.of("企业", "公司", "工业", "产业", "重点企业", "全区", "高新区",
            "规上企业", "工业企业", "这些企业", "项目", "产业项目", "重点项目", "市级重点项目", "重大项目", "一批重大项目");

    private ContextRules() {
    }

    static List<Mention> enterprises(Doc.Sentence s, List<Nlp.Token> tokens) {
        List<Mention> found = new ArrayList<>();
        String text = s.text();
        Matcher m = LEADER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!name.matches(".*(企业|产业|项目|平台|生产线|基地|\\d.*)$") && !GENERIC.contains(name)) {
                found.add(new Mention("Enterprise", name, s, m.start(1), m.end(1), Map.of("kind", "COMPANY"), 0.6));
            }
        }
        m = ENUMERATION.matcher(text);
        while (m.find()) {
            items(s, tokens, afterEarlierList(text, m.start(1), m.end(1)), m.end(1), "Enterprise",
                    Map.of("kind", "COMPANY"), 0.6, found);
            if (m.group(2) != null) {
                int end = m.end(2) + 2;
                found.add(TitleRules.award(s, text.substring(m.start(2), end), m.start(2), end, "TITLE", 0.6));
            }
        }
        m = FIGURE_SUBJECT.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            int start = m.start(1);
            int cut = Names.leftEdge(tokens, m.end(1), 10, false);
            if (cut > start && cut < m.end(1)) {
                start = cut;
                name = text.substring(start, m.end(1));
            }
            if (name.length() >= 2 && !GENERIC.contains(name) && !Periods.isPeriod(name)
                    && !name.matches(".*(区|市|省|县|企业|工业|年|月|季度|期间|的).*")) {
                found.add(new Mention("Enterprise", name, s, start, m.end(1), Map.of("kind", "COMPANY"), 0.5));
            }
        }
        return found;
    }

    /** 电子科大等重点院所、菲斯特等…企业: the list of companies starts after the kind that closes an earlier list. */
    private static int afterEarlierList(String text, int from, int end) {
        int earlier = text.lastIndexOf('等', end - 1);
        int next = earlier < from ? -1 : text.indexOf('、', earlier);
        return next < 0 || next >= end ? from : next + 1;
    }

    /** Items of a 、-separated list ending at {@code end}; the first item starts where its name does. */
    static void items(Doc.Sentence s, List<Nlp.Token> tokens, int from, int end, String label,
            Map<String, Object> props, double confidence, List<Mention> found) {
        String text = s.text();
        String span = text.substring(from, end);
        int lastSep = Math.max(span.lastIndexOf('、'), span.lastIndexOf('和'));
        int first = lastSep < 0 ? from : from + span.substring(0, lastSep).lastIndexOf('、') + 1;
        if (lastSep >= 0 && span.substring(0, lastSep).lastIndexOf('、') < 0) {
            first = from;
        }
        int firstEnd = text.indexOf('、', first);
        firstEnd = firstEnd < 0 || firstEnd > end ? end : firstEnd;
        int start = from > 0 && text.charAt(from - 1) == '、' ? from
                : Math.max(Names.leftEdge(tokens, firstEnd, 12, false), from);
        for (String item : text.substring(start, end).split("[、和]")) {
            int at = text.indexOf(item, start);
            if (item.length() >= 2 && item.length() <= 12 && !GENERIC.contains(item) && !item.contains("等")) {
                found.add(new Mention(label, item, s, at, at + item.length(), props, confidence));
            }
            start = at + item.length();
        }
    }

    static List<Mention> projects(Doc.Sentence s, List<Nlp.Token> tokens) {
        List<Mention> found = new ArrayList<>();
        String text = s.text();
        Matcher m = PROJECT.matcher(text);
        while (m.find()) {
            int end = m.group().equals("产业园一期") ? text.indexOf("项目", m.end()) + 2 : m.end();
            if (end < m.end() || text.startsWith("项目", end) || COUNT.matcher(text.substring(end)).lookingAt()) {
                continue;
            }
            int start = Names.leftEdge(tokens, m.start(), 30, true);
            String name = text.substring(start, end);
            String prefix = text.substring(start, m.start());
            if (prefix.length() >= 3 && !GENERIC.contains(name) && !GENERIC_PROJECT.matcher(prefix).find()
                    && !COUNTED_BEFORE.matcher(text.substring(0, start)).find()) {
                found.add(new Mention("Project", name, s, start, end,
                        Map.of("kind", m.group().equals("生产线") ? "PRODUCTION_LINE" : "PROJECT"), 0.6));
            }
        }
        return found;
    }

    static List<Mention> people(Doc.Sentence s, List<Nlp.Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Nlp.Token t = tokens.get(i);
            if (!t.nature().equals("nr") || t.word().length() < 2 || t.word().length() > 4) {
                continue;
            }
            String before = s.text().substring(0, t.start());
            String after = s.text().substring(t.end());
            if (ROLE.matcher(before).find() || after.matches("^(说|表示|介绍|指出|认为|强调).*")) {
                found.add(new Mention("Person", t.word(), s, t.start(), t.end(), Map.of(), 0.7));
            }
        }
        return found;
    }

    /** The text before a person's name back to the previous entity: 比亚迪[西安区域总经理]刘振宇. */
    static String role(String between) {
        return ROLE.matcher(between).find() && between.length() <= 12 ? between : null;
    }
}
