package dev.zonegraph.extract;

import dev.zonegraph.seed.ArticleFacts;
import dev.zonegraph.seed.Fact;
import dev.zonegraph.seed.Seed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Entities that already exist (in the graph, or in the seed files when no database runs), looked up by name, alias or
 * normalised form, so a proposal links to a known entity instead of creating its twin. An index over a collection holds
 * every known entity; one over a {@link Lookup} (the graph) holds the labels it was given whole and fetches the rest
 * by the names an article mentions ({@link #lookUp}), so its cost follows the article, not the size of the graph.
 */
public final class EntityIndex {

    /** A known entity: id, label and every name it goes by. */
    public record Known(String id, String label, String name, List<String> aliases) {
    }

    /** Where an index finds the known entities it does not hold. */
    public interface Lookup {

        /** Every known entity with a name or an alias that starts with one of {@code prefixes}. */
        List<Known> startingWith(Collection<String> prefixes);

        /** Whether a known entity has this id. */
        boolean exists(String id);
    }

    /** Legal-form and administrative suffixes that do not tell two entities apart. */
    private static final Pattern SUFFIX = Pattern.compile(
            "(股份有限公司|有限责任公司|有限公司|\\(集团\\)|(集团)|集团|股份|公司|特别行政区|自治区|省|市)$");

    private final Map<String, Known> byKey = new HashMap<>();
    private final Map<String, Known> byId = new LinkedHashMap<>();
    private final Lookup lookup;
    private final Set<String> wholeLabels;
    private final Set<String> lookedUp = new HashSet<>();

    public EntityIndex(Collection<Known> known) {
        this(known, null, Set.of());
    }

    private EntityIndex(Collection<Known> known, Lookup lookup, Set<String> wholeLabels) {
        this.lookup = lookup;
        this.wholeLabels = wholeLabels;
        known.forEach(k -> byId.putIfAbsent(k.id(), k));
        reindex();
    }

    /**
     * An index holding {@code whole} (every known entity of {@code wholeLabels}, for rules that look for all their
     * names in a text) and finding any other entity through {@code lookup} when a name is looked up.
     */
    public static EntityIndex over(Lookup lookup, Set<String> wholeLabels, Collection<Known> whole) {
        return new EntityIndex(whole, lookup, Set.copyOf(wholeLabels));
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

    /**
     * Fetches, in one lookup, every known entity that any of {@code names} may resolve to (its name or an alias starts
     * with the name's normalised form, as every match by name, alias or normalised form does); an index over a
     * collection already holds them. Answers this index.
     */
    public EntityIndex lookUp(Collection<String> names) {
        if (lookup == null) {
            return this;
        }
        List<String> prefixes = names.stream().map(EntityIndex::normalise).filter(p -> !p.isEmpty())
                .filter(lookedUp::add).toList();
        if (!prefixes.isEmpty()) {
            lookup.startingWith(prefixes).forEach(k -> byId.putIfAbsent(k.id(), k));
            reindex();
        }
        return this;
    }

    /**
     * Keys by name and alias over keys by normalised form, so an exact name wins over another's normalised one; of two
     * entities with the same key of the same kind the smaller id, so the answer does not depend on the order they came.
     */
    private void reindex() {
        byKey.clear();
        Map<String, Known> exact = new HashMap<>();
        for (Known k : byId.values()) {
            put(byKey, k.label(), normalise(k.name()), k);
            k.aliases().forEach(alias -> put(byKey, k.label(), normalise(alias), k));
            put(exact, k.label(), k.name(), k);
            k.aliases().forEach(alias -> put(exact, k.label(), alias, k));
        }
        byKey.putAll(exact);
    }

    private static void put(Map<String, Known> keys, String label, String key, Known k) {
        if (!key.isEmpty()) {
            keys.merge(label + "|" + key, k, (a, b) -> a.id().compareTo(b.id()) <= 0 ? a : b);
        }
    }

    /** The known entity of this label named {@code name}, by name or alias first, then by normalised form. */
    public Optional<Known> find(String label, String name) {
        lookUp(List.of(name));
        Known exact = byKey.get(label + "|" + name);
        return Optional.ofNullable(exact != null ? exact : byKey.get(label + "|" + normalise(name)));
    }

    /** Known entities of a label, e.g. every Region, for rules that look for their names in a text. */
    List<Known> ofLabel(String label) {
        if (lookup != null && !wholeLabels.contains(label)) {
            throw new IllegalStateException("this index holds only " + wholeLabels + " whole, not " + label);
        }
        return byId.values().stream().filter(k -> k.label().equals(label)).toList();
    }

    boolean contains(String id) {
        return byId.containsKey(id) || lookup != null && lookup.exists(id);
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
