package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settles the raw mentions of an article: a company named once by a rule is found wherever else the text names it,
 * the other items of a list that names a company are companies too, a project written after its investor or zone
 * (双良集团40GW单晶硅项目) keeps its own name, and a shorter industry inside a longer one gives way.
 */
final class Mentions {

    private static final Set<String> NOT_NAMES = Set.of("企业", "公司", "工业", "产业", "全区", "区内", "产能", "产值");

    private Mentions() {
    }

    static List<Mention> settle(Doc doc, List<Mention> raw) {
        List<Mention> mentions = new ArrayList<>(raw);
        mentions.removeIf(m -> NOT_NAMES.contains(m.name()));
        Set<String> zones = names(mentions, "Zone");
        Set<String> others = mentions.stream().filter(m -> !m.label().equals("Enterprise")).map(Mention::name)
                .collect(Collectors.toSet());
        mentions.removeIf(m -> m.label().equals("Enterprise") && (others.contains(m.name())
                || zones.stream().anyMatch(z -> m.name().startsWith(z))));
        for (int pass = 0; pass < 3 && coordinate(doc, mentions); pass++) {
            // a company a list names can make another list's items companies: repeat until no list adds one
        }
        everywhere(doc, mentions, "Enterprise");
        mentions = splitProjects(mentions);
        mentions = splitSites(mentions);
        List<Mention> settled = mentions;
        mentions.replaceAll(m -> elliptical(m, settled));
        Set<String> brands = names(mentions, "Brand");
        mentions.removeIf(m -> m.label().equals("Policy") && brands.contains(m.name()));
        List<Mention> industries = mentions.stream().filter(m -> m.label().equals("Industry")).toList();
        List<Mention> awards = mentions.stream().filter(m -> m.label().equals("Award")).toList();
        mentions.removeIf(m -> m.label().equals("Industry") && (industries.stream().anyMatch(o -> o != m
                && o.overlaps(m) && o.name().length() > m.name().length()) || awards.stream().anyMatch(m::overlaps)));
        Map<String, Mention> unique = new LinkedHashMap<>();
        mentions.stream().sorted(Comparator.comparingInt((Mention m) -> m.sentence().index())
                .thenComparingInt(Mention::start))
                .forEach(m -> unique.putIfAbsent(m.key() + "@" + m.sentence().index() + ":" + m.start(), m));
        return List.copyOf(unique.values());
    }

    private static Set<String> names(List<Mention> mentions, String label) {
        return mentions.stream().filter(m -> m.label().equals(label)).map(Mention::name).collect(Collectors.toSet());
    }

    /**
     * In a list (A、B、C, or A和B) naming a known company, the other short items are companies too; whether any
     * was added.
     */
    private static boolean coordinate(Doc doc, List<Mention> mentions) {
        int before = mentions.size();
        Set<String> companies = names(mentions, "Enterprise");
        Set<String> taken = mentions.stream().filter(m -> !m.label().equals("Enterprise")).map(Mention::name)
                .collect(Collectors.toSet());
        for (Doc.Sentence s : doc.body()) {
            int clauseStart = 0;
            for (String clause : s.text().split("[,,;;:。]")) {
                String[] items = clause.split(clause.contains("、") ? "、" : "和");
                if (items.length >= 2 && java.util.Arrays.stream(items).anyMatch(item -> companies.contains(item)
                        || companies.stream().anyMatch(c -> c.length() >= 2 && item.endsWith(c)))) {
                    int at = clauseStart;
                    for (String item : items) {
                        String name = item.replaceFirst("(产能|产值|营收|均|都|等).*$", "");
                        if (name.matches("\\p{IsHan}{2,8}") && !companies.contains(name) && !taken.contains(name)
                                && mentions.stream().noneMatch(o -> o.sentence() == s && o.name().equals(name))
                                && at > clauseStart) {
                            mentions.add(new Mention("Enterprise", name, s, at, at + name.length(),
                                    Map.of("kind", "COMPANY"), 0.5));
                        }
                        at += item.length() + 1;
                    }
                }
                clauseStart += clause.length() + 1;
            }
        }
        return mentions.size() > before;
    }

    /** A name found once stands for the same entity wherever the text writes it again. */
    private static void everywhere(Doc doc, List<Mention> mentions, String label) {
        List<Mention> known = mentions.stream().filter(m -> m.label().equals(label)).toList();
        Set<String> names = known.stream().map(Mention::name).filter(n -> n.length() >= 2).collect(Collectors.toSet());
        for (Doc.Sentence s : doc.sentences) {
            for (String name : names) {
                for (int at = s.text().indexOf(name); at >= 0; at = s.text().indexOf(name, at + 1)) {
                    int start = at;
                    int end = at + name.length();
                    boolean covered = mentions.stream().anyMatch(m -> m.sentence() == s && m.start() <= start
                            && m.end() >= end && (m.label().equals(label) || m.end() - m.start() > name.length()
                            && !m.label().equals("Award") && !m.label().equals("Project")));
                    if (!covered) {
                        mentions.add(new Mention(label, name, s, start, end, Map.of("kind", "COMPANY"), 0.5));
                    }
                }
            }
        }
    }

    /**
     * 法士特年产20万台S变速器智能工厂 → the site 年产20万台S变速器智能工厂 (alias: the whole) and the company 法士特
     * written before it.
     */
    private static List<Mention> splitSites(List<Mention> mentions) {
        Set<String> companies = mentions.stream().filter(m -> m.label().equals("Enterprise")
                && !"SITE".equals(m.props().get("kind"))).map(Mention::name).collect(Collectors.toSet());
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            String company = !"SITE".equals(m.props().get("kind")) ? null : companies.stream()
                    .filter(c -> c.length() >= 2 && m.name().startsWith(c) && m.name().length() - c.length() >= 5)
                    .max(Comparator.comparingInt(String::length)).orElse(null);
            if (company == null) {
                result.add(m);
                continue;
            }
            int at = m.start() + company.length();
            result.add(new Mention("Enterprise", company, m.sentence(), m.start(), at, Map.of("kind", "COMPANY"),
                    0.5));
            result.add(new Mention("Enterprise", m.name().substring(company.length()), m.sentence(), at, m.end(),
                    m.props(), List.of(m.name()), m.confidence()));
        }
        return result;
    }

    /** 山东省委、省政府: the second body is 山东省政府, written out as curators do, the printed form an alias. */
    private static Mention elliptical(Mention m, List<Mention> mentions) {
        String text = m.sentence().text();
        if (!m.label().equals("Organization") || !m.name().matches("[省市].+") || m.start() < 1
                || text.charAt(m.start() - 1) != '、') {
            return m;
        }
        return mentions.stream().filter(o -> o.label().equals("Organization") && o.sentence() == m.sentence()
                && o.end() == m.start() - 1).map(o -> o.name().indexOf(m.name().charAt(0)) < 2 ? null
                        : o.name().substring(0, o.name().indexOf(m.name().charAt(0))))
                .filter(java.util.Objects::nonNull).findFirst()
                .map(place -> new Mention(m.label(), place + m.name(), m.sentence(), m.start(), m.end(), m.props(),
                        List.of(m.name()), m.confidence())).orElse(m);
    }

    /** 双良集团40GW单晶硅项目 → the project 40GW单晶硅项目 (alias: the whole), its investor named before it. */
    private static List<Mention> splitProjects(List<Mention> mentions) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            if (!m.label().equals("Project")) {
                result.add(m);
                continue;
            }
            Mention prefix = mentions.stream().filter(o -> o.sentence() == m.sentence() && o.start() == m.start()
                    && o.end() < m.end() && (o.label().equals("Enterprise") || o.label().equals("Zone")))
                    .max(Comparator.comparingInt(Mention::end)).orElse(null);
            if (prefix == null) {
                result.add(m);
                continue;
            }
            String name = m.name().substring(prefix.end() - m.start());
            result.add(new Mention("Project", name, m.sentence(), prefix.end(), m.end(), m.props(),
                    List.of(m.name()), m.confidence()));
        }
        return result;
    }
}
