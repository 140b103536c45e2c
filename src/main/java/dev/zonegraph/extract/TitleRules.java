package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the text sets apart: 《policies》, “titles” and designations (获评/荣获 “…”, “…”称号, …试点), the items of a
 * published 名单 with its year (公布…示范工厂名单: the title is 示范工厂, the list an alias), “brands” (“…”品牌), and unquoted measures (出台…办法, 实施…战略).
 */
final class TitleRules {

    private static final Pattern POLICY = Pattern.compile("《([^《》]{2,60})》");
    private static final Pattern POLICY_KIND = Pattern.compile(
            "(实施方案|行动方案|工作方案|方案|办法|规定|意见|通知|规划|条例|措施|细则|计划|政策|指南|纲要)$");
    private static final Pattern UNQUOTED_POLICY = Pattern.compile(
            "出台(?:了)?([^,。;、《》“”]{4,30}?(?:办法|意见|措施|规定|方案))等?(?:文件|政策)?");
    private static final Pattern STRATEGY = Pattern.compile("实施(?:“([^”]{2,12})”|([^,。;“”的]{2,12}?))战略");
    private static final Pattern QUOTED = Pattern.compile("“([^“”]{2,40})”");
    private static final Pattern AWARD_BEFORE = Pattern.compile("(获评|荣获|获得|获|评为|入选|授予|认定为|上榜|列入)(国家级|省级)?$");
    private static final Pattern AWARD_AFTER = Pattern.compile("^(称号|荣誉|名单|试点|示范|基地|\\d+家|两个|[一二三四五六七八九十]个)");
    private static final Pattern LIST = Pattern.compile(
            "(公布|发布|公示|印发)(?:了)?((?:\\d{4})年度)?((?:第[一二三四五六七八九十]批|首批)?(?:\\d+[家个项])?)"
                    + "([^,。;]{2,60}?)名单");
    private static final Pattern ON_LIST = Pattern.compile("(上榜|入选|列入)(“[^”]{2,12}”[^,。;“”]{0,12}名单)");
    private static final String DESIGNATED = "[^,。;、]{3,24}?(?:试点园区|示范区|试点|示范基地|示范城市|“试验田”)";
    private static final Pattern DESIGNATION = Pattern.compile("作为(" + DESIGNATED + "(?:、" + DESIGNATED + ")*)");
    /** A quoted name ending as designations do (…标准化试点, …示范基地) is a title whatever surrounds it. */
    private static final Pattern DESIGNATION_HEAD = Pattern.compile(".{2,}(试点|示范区|示范基地|示范园区|示范城市)$");
    /** A coined programme with its count: “五个主担当”, “六大攻坚”, “三项行动”. */
    private static final Pattern COUNTED = Pattern.compile("[一二三四五六七八九十两]+[个大项条张]\\p{IsHan}{2,8}");
    /** “好品…”是…打造的区域公共品牌: the quoted name is the brand. */
    private static final Pattern BRAND_IS = Pattern.compile("是[^,。;“”]{0,24}品牌");
    private static final Pattern PROGRAMME_KIND = Pattern.compile("^(发展定位|战略|行动|工程|计划)");

    private TitleRules() {
    }

    static List<Mention> find(Doc.Sentence s) {
        List<Mention> found = new ArrayList<>();
        String text = s.text();
        Matcher m = POLICY.matcher(text);
        while (m.find()) {
            found.add(policy(s, m.group(1), m.start(1), m.end(1), 0.9));
        }
        m = UNQUOTED_POLICY.matcher(text);
        while (m.find()) {
            found.add(policy(s, m.group(1), m.start(1), m.end(1), 0.6));
        }
        m = STRATEGY.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            String name = g == 1 ? m.group(1) : m.group(2) + "战略";
            int end = g == 1 ? m.end(1) : m.end();
            found.add(new Mention("Policy", name, s, m.start(g), end, Map.of("kind", "战略"), 0.6));
        }
        quoted(s, found);
        lists(s, found);
        m = DESIGNATION.matcher(text);
        while (m.find()) {
            int at = m.start(1);
            for (String item : m.group(1).split("、")) {
                int from = item.lastIndexOf('的') + 1;
                found.add(award(s, item.substring(from), at + from, at + item.length(), null, 0.6));
                at += item.length() + 1;
            }
        }
        return found;
    }

    private static Mention policy(Doc.Sentence s, String name, int start, int end, double confidence) {
        Matcher kind = POLICY_KIND.matcher(name);
        Map<String, Object> props = kind.find() ? Map.of("kind", kind.group(1)) : Map.of();
        return new Mention("Policy", name, s, start, end, props, confidence);
    }

    private static void quoted(Doc.Sentence s, List<Mention> found) {
        String text = s.text();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            String before = text.substring(Math.max(0, m.start() - 8), m.start());
            String after = afterQuotes(text, m.end());
            if (after.startsWith("品牌") || BRAND_IS.matcher(text.substring(m.end())).lookingAt()) {
                found.add(new Mention("Brand", name, s, m.start(1), m.end(1), Map.of(), 0.7));
            } else if (name.endsWith("平台") || name.endsWith("项目")) {
                found.add(new Mention("Project", name, s, m.start(1), m.end(1),
                        Map.of("kind", name.endsWith("平台") ? "PLATFORM" : "PROJECT"), 0.7));
            } else if (COUNTED.matcher(name).matches() || supervision(name, after)) {
                found.add(new Mention("Policy", name, s, m.start(1), m.end(1), policyKind(name, after), 0.6));
            } else if (AWARD_BEFORE.matcher(before).find() || AWARD_AFTER.matcher(after).find()
                    || DESIGNATION_HEAD.matcher(name).matches()) {
                found.add(award(s, name, m.start(1), m.end(1), after.startsWith("名单") ? "LISTING" : null, 0.8));
            } else if (after.startsWith("战略")) {
                found.add(new Mention("Policy", name, s, m.start(1), m.end(1), Map.of("kind", "战略"), 0.6));
            }
        }
    }

    /** The few characters after a quote, past any quotes that follow it directly (“A”“B”两个试点). */
    private static String afterQuotes(String text, int end) {
        int at = end;
        while (at < text.length() && text.charAt(at) == '“' && text.indexOf('”', at) > 0) {
            at = text.indexOf('”', at) + 1;
        }
        return text.substring(at, Math.min(text.length(), at + 4));
    }

    /** A way of regulating: “双随机、一公开”监管, “互联网+监管”. */
    private static boolean supervision(String name, String after) {
        return name.endsWith("监管") || after.startsWith("监管");
    }

    private static Map<String, Object> policyKind(String name, String after) {
        if (supervision(name, after)) {
            return Map.of("kind", "监管方式");
        }
        Matcher kind = PROGRAMME_KIND.matcher(after);
        return kind.find() ? Map.of("kind", kind.group(1)) : Map.of();
    }

    private static void lists(Doc.Sentence s, List<Mention> found) {
        String text = s.text();
        Matcher m = ON_LIST.matcher(text);
        while (m.find()) {
            found.add(award(s, m.group(2), m.start(2), m.end(2), "LISTING", 0.7));
        }
        m = LIST.matcher(text);
        while (m.find()) {
            String items = m.group(4);
            boolean titled = QUOTED.matcher(text.substring(m.end())).find() && !items.contains("、");
            if (titled) {
                continue;
            }
            if (!items.contains("、") && !items.contains("和")) {
                Mention listed = award(s, items, m.start(4), m.end(4), null, 0.6);
                found.add(new Mention("Award", items, s, m.start(4), m.end(), listed.props(),
                        List.of(items + "名单"), 0.6));
                continue;
            }
            int at = m.start(4);
            for (String item : items.split("[、和]")) {
                found.add(award(s, item, at, at + item.length(), null, 0.7));
                at += item.length() + 1;
            }
        }
    }

    static Mention award(Doc.Sentence s, String name, int start, int end, String category, double confidence) {
        var props = new LinkedHashMap<String, Object>();
        String level = name.startsWith("全国") || name.startsWith("国家") ? "NATIONAL"
                : name.matches("[^市]{1,7}(省|自治区).*") ? "PROVINCIAL" : null;
        if (level != null) {
            props.put("level", level);
        }
        props.put("category", category != null ? category
                : name.contains("试点") || name.contains("试验田") ? "PILOT"
                : name.matches(".*(示范区|基地|园区|城市|\\))$") ? "DESIGNATION" : "TITLE");
        return new Mention("Award", name, s, start, end, props, confidence);
    }
}
