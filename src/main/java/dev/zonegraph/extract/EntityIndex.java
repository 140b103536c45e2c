package dev.zonegraph.extract;

import dev.zonegraph.seed.ArticleFacts;
import dev.zonegraph.seed.Fact;
import dev.zonegraph.seed.Seed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Entities that already exist (in the graph, or in the seed files when no database runs), looked up by name, alias or
 * normalised form, so a proposal links to a known entity instead of creating its twin.
 */
public final class EntityIndex {

    /** A known entity: id, label and every name it goes by. */
    public record Known(String id, String label, String name, List<String> aliases) {
    }

    /** Legal-form and administrative suffixes that do not tell two entities apart. */
    private static final Pattern SUFFIX = Pattern.compile(
            "(股份有限公司|有限责任公司|有限公司|\\(集团\\)|(集团)|集团|股份|公司|特别行政区|自治区|省|市)$");

    private final Map<String, Known> byKey = new HashMap<>();
    private final List<Known> all;

    public EntityIndex(Collection<Known> known) {
        this.all = List.copyOf(known);
        for (Known k : known) {
            put(k.label(), normalise(k.name()), k);
            k.aliases().forEach(alias -> put(k.label(), normalise(alias), k));
        }
        for (Known k : known) {
            put(k.label(), k.name(), k);
            k.aliases().forEach(alias -> put(k.label(), alias, k));
        }
    }

    /** Every entity of the seed (reference regions, the articles' facts) but those only {@code skipArticle} declares. */
    public static EntityIndex of(Seed seed, String skipArticle) {
        Map<String, Known> known = new HashMap<>();
        seed.referenceNodes().forEach(n -> known.put(n.id(), known(n)));
        for (ArticleFacts facts : seed.articles()) {
            if (facts.article().id().equals(skipArticle)) {
                continue;
            }
            facts.nodes().stream().filter(n -> !n.label().equals("Indicator"))
                    .forEach(n -> known.putIfAbsent(n.id(), known(n)));
        }
        return new EntityIndex(known.values());
    }

    public static EntityIndex empty() {
        return new EntityIndex(List.of());
    }

    private static Known known(Fact.Node node) {
        Object aliases = node.properties().get("aliases");
        List<String> names = new ArrayList<>();
        if (aliases instanceof List<?> list) {
            list.forEach(a -> names.add(a.toString()));
        }
        return new Known(node.id(), node.label(), node.name(), names);
    }

    private void put(String label, String key, Known k) {
        if (!key.isEmpty()) {
            byKey.put(label + "|" + key, k);
        }
    }

    /** The known entity of this label named {@code name}, by name or alias first, then by normalised form. */
    public Optional<Known> find(String label, String name) {
        Known exact = byKey.get(label + "|" + name);
        return Optional.ofNullable(exact != null ? exact : byKey.get(label + "|" + normalise(name)));
    }

    /** Known entities of a label, e.g. every Region, for rules that look for their names in a text. */
    List<Known> ofLabel(String label) {
        return all.stream().filter(k -> k.label().equals(label)).toList();
    }

    boolean contains(String id) {
        return all.stream().anyMatch(k -> k.id().equals(id));
    }

    /** The name without its legal form or administrative suffix: 陕西威楠高科(集团)实业有限责任公司 → 陕西威楠高科(集团)实业. */
    static String normalise(String name) {
        String n = name.strip();
        for (String previous = null; !n.equals(previous) && n.length() > 2; ) {
            previous = n;
            String stripped = SUFFIX.matcher(n).replaceFirst("");
            n = stripped.length() >= 2 ? stripped : n;
        }
        return n;
    }
}
