package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who issued a policy (the nearest authority, else zone, before 出台/印发/提出 it) and where it applies (the article's
 * zone, when the zone or one of its bodies issued it or no issuer is named); who owns a brand (打造/创建 it, written
 * before the brand or after it: “某品牌”是某省委、省政府打造的…品牌).
 */
final class PolicyRelations {

    private static final Pattern ISSUING = Pattern.compile("出台|印发|发布|制定|提出");
    private static final Pattern OWNING = Pattern.compile("打造|创建|推出|培育");
    private static final Pattern OWNED_AFTER = Pattern.compile("”?是([^,。;“”]{2,24}?)(?:打造|创建|推出|培育)的");

    private final Entities entities;
    private final Relations relations;
    private final Proposals.Entity zone;

    PolicyRelations(Entities entities, Relations relations, Proposals.Entity zone) {
        this.entities = entities;
        this.relations = relations;
        this.zone = zone;
    }

    void policy(Proposals.Entity policy, Mention m) {
        Doc.Sentence s = m.sentence();
        var issuers = new ArrayList<>(entities.before(m, "Organization", ISSUING, true));
        if (issuers.isEmpty()) {
            issuers.addAll(entities.before(m, "Zone", ISSUING, true));
        }
        issuers.forEach(o -> relations.add(policy, "ISSUED_BY", o, Map.of(), s, 0.6));
        if (zone != null && (issuers.isEmpty() || issuers.contains(zone) || issuers.stream()
                .anyMatch(o -> o.name().startsWith(zone.name())))) {
            relations.add(policy, "APPLIES_TO", zone, Map.of(), s, 0.5);
        }
    }

    void brand(Proposals.Entity brand, Mention m) {
        Doc.Sentence s = m.sentence();
        entities.before(m, "Organization", OWNING, false)
                .forEach(o -> relations.add(brand, "OWNED_BY", o, Map.of(), s, 0.5));
        var after = OWNED_AFTER.matcher(s.text()).region(m.end(), s.text().length());
        if (after.lookingAt()) {
            entities.outermost(s).stream().filter(o -> o.label().equals("Organization")
                    && o.start() >= after.start(1) && o.end() <= after.end(1))
                    .forEach(o -> relations.add(brand, "OWNED_BY", entities.of(o), Map.of(), s, 0.5));
        }
    }
}
