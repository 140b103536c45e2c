package dev.zonegraph.seed;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The graph vocabulary the seed files may use: labels, relationship types with their ends, units and enums. */
public final class Vocabulary {

    static final Set<String> ENTITY_LABELS = Set.of("Zone", "Enterprise", "Brand", "Award", "Policy", "Project",
            "Organization", "Region", "Person", "Industry");

    /** Label → the prefix of its ids ({@code zone} in {@code zone:xian}), as the schema's {@code @node} says. */
    static final Map<String, String> ID_PREFIXES = Map.ofEntries(Map.entry("Zone", "zone"),
            Map.entry("Enterprise", "ent"), Map.entry("Brand", "brand"), Map.entry("Award", "award"),
            Map.entry("Policy", "policy"), Map.entry("Project", "proj"), Map.entry("Indicator", "ind"),
            Map.entry("Organization", "org"), Map.entry("Region", "region"), Map.entry("Person", "person"),
            Map.entry("Industry", "industry"), Map.entry("Article", "article"));

    /** The label of the nodes whose ids start with {@code id}'s prefix, or null. */
    public static String labelOfId(String id) {
        int colon = id == null ? -1 : id.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String prefix = id.substring(0, colon);
        return ID_PREFIXES.entrySet().stream().filter(e -> e.getValue().equals(prefix)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** Relationship type → allowed start labels and end labels. */
    record Ends(Set<String> from, Set<String> to) {
    }

    static final Map<String, Ends> RELATIONSHIPS = Map.ofEntries(
            Map.entry("LOCATED_IN", new Ends(Set.of("Enterprise", "Project", "Organization"), Set.of("Zone"))),
            Map.entry("IN_REGION", new Ends(Set.of("Zone", "Enterprise", "Organization"), Set.of("Region"))),
            Map.entry("PART_OF", new Ends(Set.of("Region", "Zone", "Enterprise", "Organization"),
                    Set.of("Region", "Zone", "Enterprise", "Organization"))),
            Map.entry("RECEIVED", new Ends(Set.of("Zone", "Enterprise", "Brand", "Project", "Organization", "Region"),
                    Set.of("Award"))),
            Map.entry("CONFERRED_BY", new Ends(Set.of("Award"), Set.of("Organization"))),
            Map.entry("ISSUED_BY", new Ends(Set.of("Policy"), Set.of("Organization", "Zone"))),
            Map.entry("APPLIES_TO", new Ends(Set.of("Policy"), Set.of("Zone"))),
            Map.entry("INVESTS_IN", new Ends(Set.of("Enterprise", "Organization"), Set.of("Project"))),
            Map.entry("OWNED_BY", new Ends(Set.of("Brand"), Set.of("Enterprise", "Organization", "Zone"))),
            Map.entry("HAS_INDICATOR", new Ends(Set.of("Zone", "Enterprise", "Project", "Award", "Region"),
                    Set.of("Indicator"))),
            Map.entry("IN_INDUSTRY", new Ends(Set.of("Zone", "Enterprise", "Project"), Set.of("Industry"))),
            Map.entry("WORKS_FOR", new Ends(Set.of("Person"), Set.of("Enterprise", "Organization"))),
            Map.entry("WROTE", new Ends(Set.of("Person"), Set.of("Article"))));

    /** Types the loader makes itself; a facts file may not state them directly. */
    static final Set<String> DERIVED = Set.of("HAS_INDICATOR", "WROTE", "MENTIONED_IN");

    static final Set<String> UNITS = Set.of("元", "万元", "亿元", "%", "个", "家", "家次", "项", "辆", "台", "张", "名",
            "人", "亩", "平方米", "万平方米", "GWh", "GW", "万台", "辆/日");

    /** Yuan per unit, for the money units. */
    static final Map<String, Double> YUAN = Map.of("元", 1.0, "万元", 1e4, "亿元", 1e8);

    /** Bounds the text puts on a figure; 前 means "within the top N" (位居全国前三: 前, 3). */
    static final Set<String> QUALIFIERS = Set.of("以上", "超过", "余", "约", "至少", "近", "多", "前");

    static final Set<String> LEVELS = Set.of("NATIONAL", "PROVINCIAL", "MUNICIPAL");

    static final Set<String> INDICATOR_KINDS = Set.of("ACTUAL", "TARGET");

    /** Property names holding dates (ISO, partial allowed). */
    static final List<String> DATE_PROPERTIES = List.of("date", "startDate");

    private Vocabulary() {
    }
}
