package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article's mentions gathered into entities: forms of one name (中兴终端公司, 中兴终端) become one entity with
 * aliases, each resolved against the known entities (linked, not duplicated) or given a new readable id.
 */
final class Entities {

    private static final Map<String, String> PREFIX = Map.of("Zone", "zone", "Enterprise", "ent", "Brand", "brand",
            "Award", "award", "Policy", "policy", "Project", "proj", "Organization", "org", "Region", "region",
            "Person", "person", "Industry", "industry");

    private static final Pattern TITLES = Pattern.compile("《[^《》]*》");

    private final Map<String, Proposals.Entity> byKey = new LinkedHashMap<>();
    private final List<Mention> mentions;

    Entities(List<Mention> mentions, EntityIndex index) {
        this.mentions = mentions;
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        for (Mention m : mentions) {
            groups.computeIfAbsent(groupKey(m), k -> new ArrayList<>()).add(m);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (var group : groups.values()) {
            Proposals.Entity entity = entity(group, index, ids);
            ids.add(entity.id());
            group.forEach(m -> byKey.put(m.key(), entity));
        }
    }

    /** 名单 and its batch (首批, 第一批) name the same list: “好品山东”品牌首批名单 is “好品山东”品牌名单. */
    private static final Pattern LIST_WORDS = Pattern.compile(
            "首批|第[一二三四五六七八九十]+批|名单$");

    private static String groupKey(Mention m) {
        String name = m.label().equals("Award") ? LIST_WORDS.matcher(m.name()).replaceAll("") : m.name();
        return m.label() + "|" + EntityIndex.normalise(name);
    }

    private static Proposals.Entity entity(List<Mention> group, EntityIndex index, Set<String> taken) {
        Mention first = group.get(0);
        String name = group.stream().map(Mention::name).max(Comparator.comparingInt(String::length)).orElseThrow();
        var forms = new LinkedHashSet<String>();
        group.forEach(m -> forms.add(m.name()));
        group.forEach(m -> forms.addAll(m.aliases()));
        var props = new LinkedHashMap<String, Object>();
        group.forEach(m -> m.props().forEach(props::putIfAbsent));
        double confidence = Math.min(0.95, group.stream().mapToDouble(Mention::confidence).max().orElse(0.5)
                + 0.05 * (group.size() - 1));
        Mention quoted = group.stream().filter(m -> m.name().equals(name)).findFirst().orElse(first);
        var evidence = quoted.sentence().evidence();
        var known = forms.stream().map(f -> index.find(first.label(), f)).flatMap(java.util.Optional::stream)
                .findFirst();
        if (known.isPresent()) {
            forms.add(name);
            forms.remove(known.get().name());
            return new Proposals.Entity(known.get().id(), first.label(), known.get().name(), List.copyOf(forms),
                    Map.of(), evidence, confidence, true);
        }
        forms.remove(name);
        String id = PREFIX.get(first.label()) + ":" + Nlp.slug(name);
        for (int n = 2; taken.contains(id) || index.contains(id); n++) {
            id = PREFIX.get(first.label()) + ":" + Nlp.slug(name) + "-" + n;
        }
        return new Proposals.Entity(id, first.label(), name, List.copyOf(forms), props, evidence, confidence, false);
    }

    List<Proposals.Entity> all() {
        return List.copyOf(new LinkedHashSet<>(byKey.values()));
    }

    Proposals.Entity of(Mention m) {
        return byKey.get(m.key());
    }

    List<Mention> mentions() {
        return mentions;
    }

    /** Mentions in a sentence, in text order, without those nested inside a longer mention. */
    List<Mention> outermost(Doc.Sentence s) {
        List<Mention> in = mentions.stream().filter(m -> m.sentence() == s).toList();
        return in.stream().filter(m -> in.stream().noneMatch(o -> o != m && o.start() <= m.start()
                && o.end() >= m.end() && o.end() - o.start() > m.end() - m.start()))
                .sorted(Comparator.comparingInt(Mention::start)).toList();
    }

    /**
     * Entities of a label named before {@code m} in its sentence and followed by one of the verbs (the 《titles》
     * between do not count: 某区出台《A》《B》 issued both); only the nearest one if {@code nearestOnly}.
     */
    List<Proposals.Entity> before(Mention m, String label, Pattern verbs, boolean nearestOnly) {
        String text = m.sentence().text();
        List<Proposals.Entity> found = new ArrayList<>();
        for (Mention o : outermost(m.sentence())) {
            if (!o.label().equals(label) || o.end() > m.start() + 1) {
                continue;
            }
            String between = TITLES.matcher(text.substring(o.end(), Math.max(o.end(), m.start()))).replaceAll("");
            if (verbs.matcher(between).find() && between.length() <= 40) {
                if (nearestOnly) {
                    found.clear();
                }
                found.add(of(o));
            }
        }
        return found;
    }

    Map<String, Proposals.Entity> byId() {
        Map<String, Proposals.Entity> result = new HashMap<>();
        all().forEach(e -> result.put(e.id(), e));
        return result;
    }
}
