package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relationships between the article's entities, each quoting the sentence that states it: where companies,
 * projects and institutions are (LOCATED_IN the article's zone), who received a title and who conferred it, who
 * issued a policy, who invests in a project, who works where, which industries a zone or company is in.
 */
final class RelationRules {

    private static final Set<String> GOVERNING = Set.of("GOVERNMENT", "PARTY_COMMITTEE", "AGENCY");
    private static final Set<String> RESIDENT_ORGS = Set.of("INSTITUTE", "COURT", "PROCURATORATE", "COMMAND_CENTRE");

    private final Doc doc;
    private final Entities entities;
    private final Relations relations = new Relations();
    private final Proposals.Entity zone;
    private final AwardRelations awards;
    private final PolicyRelations policies;
    private final IndustryRelations industries;
    private final InvestmentRelations investments;

    private RelationRules(Doc doc, Entities entities) {
        this.doc = doc;
        this.entities = entities;
        this.zone = MainZone.of(doc, entities);
        this.awards = new AwardRelations(entities, relations);
        this.policies = new PolicyRelations(entities, relations, zone);
        this.industries = new IndustryRelations(entities, relations);
        this.investments = new InvestmentRelations(entities, relations);
    }

    static List<Proposals.Relation> find(Doc doc, Entities entities) {
        var rules = new RelationRules(doc, entities);
        rules.run();
        rules.partOfByName();
        rules.implied();
        return rules.relations.all();
    }

    private void run() {
        entities.mentions().stream().filter(m -> m.label().equals("Project"))
                .forEach(m -> investments.investors(entities.of(m), m));
        for (Mention m : entities.mentions()) {
            Proposals.Entity e = entities.of(m);
            Doc.Sentence s = m.sentence();
            String text = s.text();
            switch (m.label()) {
                case "Zone" -> inRegion(e, m);
                case "Enterprise", "Project" -> {
                    investments.inTheProjectBefore(e, m);
                    located(e, s, 0.6);
                    partOf(e, m);
                }
                case "Organization" -> {
                    if (RESIDENT_ORGS.contains(String.valueOf(m.props().get("kind"))) || zone != null
                            && e.name().startsWith(zone.name())) {
                        located(e, s, 0.5);
                    }
                    partOf(e, m);
                    inRegionByName(e, m);
                }
                case "Award" -> awards.find(e, m);
                case "Policy" -> policies.policy(e, m);
                case "Brand" -> policies.brand(e, m);
                case "Person" -> worksFor(e, m, text);
                case "Industry" -> industries.find(e, m);
                default -> {
                }
            }
        }
    }

    /**
     * A zone's news names the zone's own companies, projects and resident institutions: each one the text does not
     * place (no LOCATED_IN yet) is in the article's zone, quoting its first sentence, unless it is only an investor
     * (a company from elsewhere funding a project here) or another zone is named where it stands.
     */
    private void implied() {
        if (zone == null) {
            return;
        }
        Set<String> placed = new java.util.HashSet<>();
        Set<String> investors = new java.util.HashSet<>();
        relations.all().forEach(r -> {
            if (r.type().equals("LOCATED_IN")) {
                placed.add(r.from());
            } else if (r.type().equals("INVESTS_IN")) {
                investors.add(r.from());
            }
        });
        for (Mention m : entities.mentions()) {
            Proposals.Entity e = entities.of(m);
            boolean resident = m.label().equals("Project") || m.label().equals("Enterprise")
                    && !investors.contains(e.id()) || m.label().equals("Organization")
                    && RESIDENT_ORGS.contains(String.valueOf(m.props().get("kind")));
            boolean elsewhere = entities.outermost(m.sentence()).stream()
                    .anyMatch(o -> o.label().equals("Zone") && !zone.equals(entities.of(o)));
            if (resident && !elsewhere && !e.existing() && placed.add(e.id())) {
                add(e, "LOCATED_IN", zone, Map.of(), m.sentence(), 0.4);
            }
        }
    }

    private void inRegion(Proposals.Entity z, Mention m) {
        for (Mention r : entities.mentions()) {
            if (r.label().equals("Region") && r.sentence() == m.sentence() && r.start() == m.start()
                    && "CITY".equals(kindOf(r))) {
                add(z, "IN_REGION", entities.of(r), Map.of(), m.sentence(), 0.7);
            }
        }
    }

    private String kindOf(Mention r) {
        Object kind = r.props().get("kind");
        return kind == null ? null : kind.toString();
    }

    private void located(Proposals.Entity e, Doc.Sentence s, double confidence) {
        if (zone == null || e.id().equals(zone.id()) || relations.investsIn(e, s)) {
            return;
        }
        boolean zoneHere = entities.outermost(s).stream().anyMatch(o -> zone.equals(entities.of(o)))
                || entities.mentions().stream().anyMatch(o -> o.sentence() == s && zone.equals(entities.of(o)))
                || s.text().contains("区内");
        if (zoneHere) {
            add(e, "LOCATED_IN", zone, Map.of(), s, confidence);
        }
    }

    /** 比亚迪汽车 is part of 比亚迪; 国家知识产权局专利局 of 国家知识产权局. */
    private void partOf(Proposals.Entity e, Mention m) {
        entities.mentions().stream().filter(o -> o.sentence() == m.sentence() && o.label().equals(m.label())
                && o.start() >= m.start() && o.end() < m.end() && m.name().contains(o.name()) && o.name().length() >= 2)
                .max((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start()))
                .map(entities::of).filter(o -> !o.id().equals(e.id()))
                .ifPresent(o -> add(e, "PART_OF", o, Map.of(), m.sentence(), 0.5));
    }

    /**
     * 比亚迪电子 and 西安比亚迪二厂 are part of 比亚迪: a company or site whose name (or printed form) holds another
     * company's name, quoting the first sentence that writes the longer name.
     */
    private void partOfByName() {
        List<Proposals.Entity> companies = entities.all().stream().filter(e -> e.label().equals("Enterprise"))
                .toList();
        for (Proposals.Entity part : companies) {
            var forms = new ArrayList<>(part.aliases());
            forms.add(part.name());
            companies.stream().filter(whole -> whole != part && whole.name().length() >= 2
                    && forms.stream().anyMatch(f -> f.length() > whole.name().length() && f.contains(whole.name())))
                    .max(Comparator.comparingInt(whole -> whole.name().length()))
                    .ifPresent(whole -> entities.mentions().stream().filter(m -> part.equals(entities.of(m)))
                            .findFirst().ifPresent(m -> add(part, "PART_OF", whole, Map.of(), m.sentence(), 0.5)));
        }
    }

    /** 山东省委 is in 山东省: a government body named after a province or city the article names. */
    private void inRegionByName(Proposals.Entity org, Mention m) {
        if (!GOVERNING.contains(String.valueOf(m.props().get("kind")))) {
            return;
        }
        entities.mentions().stream().filter(r -> r.label().equals("Region"))
                .map(entities::of).distinct()
                .filter(r -> org.name().startsWith(r.name()))
                .findFirst().ifPresent(r -> add(org, "IN_REGION", r, Map.of(), m.sentence(), 0.5));
    }

    private void worksFor(Proposals.Entity person, Mention m, String text) {
        entities.outermost(m.sentence()).stream()
                .filter(o -> o.label().equals("Enterprise") || o.label().equals("Organization"))
                .filter(o -> o.end() <= m.start())
                .reduce((a, b) -> b)
                .ifPresent(o -> {
                    String role = ContextRules.role(text.substring(o.end(), m.start()));
                    if (role != null) {
                        add(person, "WORKS_FOR", entities.of(o), Map.of("role", role), m.sentence(), 0.6);
                    }
                });
    }

    private void add(Proposals.Entity from, String type, Proposals.Entity to, Map<String, Object> props,
            Doc.Sentence s, double confidence) {
        relations.add(from, type, to, props, s, confidence);
    }
}
