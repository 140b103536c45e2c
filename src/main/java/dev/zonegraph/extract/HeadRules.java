package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names recognised by their head word: zones (…高新区, …开发区, …新区, …综合保税区, …产业园), enterprises (…公司, …集团,
 * …股份), production sites (…厂), organisations (…局, …部, …政府, …法院, …大学, …中心 ...) with their kind and level.
 */
final class HeadRules {

    private static final Pattern ZONE = Pattern.compile(
            "高新技术产业开发区|经济技术开发区|综合保税区|高新区|经开区|开发区|保税区|自贸区|新区|产业园");
    private static final Pattern ENTERPRISE = Pattern.compile("股份有限公司|有限责任公司|有限公司|公司|集团|股份");
    private static final Pattern SITE = Pattern.compile("工厂|[一二三四五六七八九]厂");
    private static final Pattern CAPACITY = Pattern.compile("年产[0-9.]+[^,。;、,;]*");
    private static final Pattern ORGANIZATION = Pattern.compile(
            "国务院|工信部|科技部|商务部|财政部|教育部|生态环境部|自然资源部|农业农村部|交通运输部|发改委|"
                    + "委员会|管委会|省委|市委|政府|指挥部|法院|检察院|检察机关|大学|科大|学院|研究院|研究所|国家重点实验室|实验室|中心|局");
    /** Heads that are a whole name (工信部); any other head (指挥部, 实验室, 检察机关) takes the words before it. */
    private static final Pattern COMPLETE = Pattern.compile("国务院|发改委|(?!指挥部)\\p{IsHan}{2,4}部");
    /** Modifiers that make a head word generic rather than a name (该高新区, 城市新区, 各类公司). */
    private static final Set<String> GENERIC = Set.of("该", "本", "全", "各", "新", "城市", "各类", "相关", "有关",
            "企业技术", "消费", "龙头", "子", "总", "分", "母", "上市", "控股", "绿色", "智能", "数字化", "示范",
            "标杆");

    private HeadRules() {
    }

    static List<Mention> find(Doc.Sentence s, List<Nlp.Token> tokens) {
        List<Mention> found = new ArrayList<>();
        heads(s, tokens, ZONE, 10, "Zone", found);
        heads(s, tokens, ENTERPRISE, 16, "Enterprise", found);
        heads(s, tokens, SITE, 16, "Enterprise", found);
        heads(s, tokens, ORGANIZATION, 24, "Organization", found);
        return found;
    }

    private static void heads(Doc.Sentence s, List<Nlp.Token> tokens, Pattern head, int max, String label,
            List<Mention> found) {
        String text = s.text();
        Matcher m = head.matcher(text);
        while (m.find()) {
            if (!endsWord(text, m.end(), label, m.group())) {
                continue;
            }
            boolean fixed = label.equals("Organization") && COMPLETE.matcher(m.group()).matches();
            int start = fixed ? m.start() : Names.leftEdge(tokens, m.start(), max, false);
            if (label.equals("Enterprise") && SITE.matcher(m.group()).matches()) {
                start = withCapacity(text, m.start(), start);
            }
            String prefix = text.substring(start, m.start());
            if (!fixed && (label.equals("Organization") && ofAKind(text, start, prefix) || prefix.length() < 2 && !(label.equals("Organization") && prefix.length() == 1)
                    || GENERIC.contains(prefix))) {
                continue;
            }
            String name = text.substring(start, m.end());
            if (label.equals("Zone") && m.group().equals("产业园") && !startsWithPlace(tokens, start)) {
                found.add(new Mention("Enterprise", name, s, start, m.end(), Map.of("kind", "SITE"), 0.5));
                continue;
            }
            found.add(new Mention(label, name, s, start, m.end(), props(label, m.group(), name), 0.8));
        }
    }

    /**
     * A head ends the word: not 公司's in 公司化, not 集团 inside 高科(集团)实业, not a 产业园 followed by 一期项目, not
     * the kind of thing a list names (示范工厂名单), not the 局 of 布局 or 格局.
     */
    private static boolean endsWord(String text, int end, String label, String head) {
        if (end >= text.length()) {
            return true;
        }
        char next = text.charAt(end);
        if (next == ')' || next == ')') {
            return false;
        }
        String rest = text.substring(end, Math.min(text.length(), end + 4));
        if (rest.startsWith("名单")) {
            return false;
        }
        if (head.equals("局") && (end >= 2 && "布格大全结当开".indexOf(text.charAt(end - 2)) >= 0
                || rest.startsWith("面") || rest.startsWith("势"))) {
            return false;
        }
        if (head.equals("产业园") && rest.matches("(一期|二期|三期|项目|建设).*")) {
            return false;
        }
        return !label.equals("Organization") || !rest.matches("(城市|主任|负责人|建设).*");
    }

    /** 年产20万台S变速器智能工厂: a site's name starts at the capacity written before it. */
    private static int withCapacity(String text, int headStart, int start) {
        int at = text.lastIndexOf("年产", headStart);
        return at >= 0 && headStart - at <= 18 && CAPACITY.matcher(text.substring(at, headStart)).matches() ? at
                : start;
    }

    /** 企业技术中心, 各类研究院: a body's short head after a word naming a kind of holder is a kind, not a name. */
    private static boolean ofAKind(String text, int start, String prefix) {
        String before = text.substring(0, start);
        return prefix.length() <= 2 && (before.endsWith("企业") || before.endsWith("各类") || before.endsWith("相关"));
    }

    private static boolean startsWithPlace(List<Nlp.Token> tokens, int start) {
        return tokens.stream().anyMatch(t -> t.start() == start && t.nature().startsWith("ns"));
    }

    static Map<String, Object> props(String label, String head, String name) {
        var props = new LinkedHashMap<String, Object>();
        switch (label) {
            case "Zone" -> {
                props.put("kind", head.equals("高新技术产业开发区") ? "高新区" : head);
            }
            case "Enterprise" -> props.put("kind", head.equals("集团") || name.contains("集团") ? "GROUP" : "COMPANY");
            case "Organization" -> {
                props.put("kind", organizationKind(head));
                String level = level(name);
                if (level != null) {
                    props.put("level", level);
                }
            }
            default -> {
            }
        }
        return props;
    }

    private static String organizationKind(String head) {
        if (head.endsWith("部")) {
            return "MINISTRY";
        }
        return switch (head) {
            case "国务院", "政府", "管委会" -> "GOVERNMENT";
            case "省委", "市委" -> "PARTY_COMMITTEE";
            case "指挥部" -> "COMMAND_CENTRE";
            case "法院" -> "COURT";
            case "检察院", "检察机关" -> "PROCURATORATE";
            case "大学", "科大", "学院" -> "UNIVERSITY";
            case "局", "发改委", "委员会" -> "AGENCY";
            default -> "INSTITUTE";
        };
    }

    /** 国家…/国务院/…部 are national, 省… provincial, 市… municipal; otherwise unknown. */
    static String level(String name) {
        if (name.startsWith("国家") || name.startsWith("国务院") || name.startsWith("中国") || name.startsWith("全国")
                || name.matches("[^省市]{1,6}部")) {
            return "NATIONAL";
        }
        if (name.matches("[^市]{1,7}(省|自治区).*") || name.startsWith("省")) {
            return "PROVINCIAL";
        }
        if (name.matches("[^省]{1,5}市.*") || name.startsWith("市")) {
            return "MUNICIPAL";
        }
        return null;
    }
}
