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
        coordinate(doc, mentions);
        everywhere(doc, mentions, "Enterprise");
        mentions = splitProjects(mentions);
        List<Mention> industries = mentions.stream().filter(m -> m.label().equals("Industry")).toList();
        mentions.removeIf(m -> m.label().equals("Industry") && industries.stream().anyMatch(o -> o != m
                && o.overlaps(m) && o.name().length() > m.name().length()));
        Map<String, Mention> unique = new LinkedHashMap<>();
        mentions.stream().sorted(Comparator.comparingInt((Mention m) -> m.sentence().index())
                .thenComparingInt(Mention::start))
                .forEach(m -> unique.putIfAbsent(m.key() + "@" + m.sentence().index() + ":" + m.start(), m));
        return List.copyOf(unique.values());
    }

    private static Set<String> names(List<Mention> mentions, String label) {
        return mentions.stream().filter(m -> m.label().equals(label)).map(Mention::name).collect(Collectors.toSet());
    }

    /** In a list (A、B、C) naming a known company, the other short items are companies too. */
    private static void coordinate(Doc doc, List<Mention> mentions) {
        Set<String> companies = names(mentions, "Enterprise");
        Set<String> taken = mentions.stream().filter(m -> !m.label().equals("Enterprise")).map(Mention::name)
                .collect(Collectors.toSet());
        for (Doc.Sentence s : doc.body()) {
            int clauseStart = 0;
            for (String clause : s.text().split("[,,;;:。]")) {
                String[] items = clause.split("、");
                if (items.length >= 2 && java.util.Arrays.stream(items).anyMatch(companies::contains)) {
                    int at = clauseStart;
                    for (String item : items) {
                        String name = item.replaceFirst("(产能|产值|营收|均|都|等).*$", "");
                        if (name.matches("\\p{IsHan}{2,8}") && !companies.contains(name) && !taken.contains(name)
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
