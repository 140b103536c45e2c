package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Relationships between the article's entities, each quoting the sentence that states it: where companies,
 * projects and institutions are (LOCATED_IN the article's zone), who received a title and who conferred it, who
 * issued a policy, who invests in a project, who works where, which industries a zone or company is in.
 */
final class RelationRules {

    private static final Pattern RECEIVING = Pattern.compile("获评|荣获|获得|评为|入选|上榜|获批|授予|作为|成为");
    private static final Pattern CONFERRING = Pattern.compile("公布|发布|授予|批准|认定|公示|命名");
    private static final Pattern ISSUING = Pattern.compile("出台|印发|发布|制定|提出");
    private static final Pattern INVESTING = Pattern.compile("投资建设|投资|建设");
    private static final Pattern BUILT_BY = Pattern.compile("(?:投资建设|投资兴建|建设|投资)的");
    /** An industry named before 产业 (not 产业园, a park) in its clause: 汽车产业产值, 三大主导产业. */
    private static final Pattern SECTOR_AFTER = Pattern.compile("^[^,。;]*产业(?!园)");
    /** 轨道交通装备是株洲高新区的首位产业: the industry defines the zone named after it. */
    private static final Pattern DEFINES = Pattern.compile(
            "是[^,。;]{2,20}的(?:首位|第一|支柱|主导|优势|特色|重点|核心)[^,。;]{0,4}产业");
    private static final Pattern OWNING = Pattern.compile("打造|创建|推出|培育");
    private static final Set<String> RESIDENT_ORGS = Set.of("INSTITUTE", "COURT", "PROCURATORATE", "COMMAND_CENTRE");

    private final Doc doc;
    private final Entities entities;
    private final Map<String, Proposals.Relation> relations = new LinkedHashMap<>();
    private final Proposals.Entity zone;

    private RelationRules(Doc doc, Entities entities) {
        this.doc = doc;
        this.entities = entities;
        this.zone = MainZone.of(doc, entities);
    }

    static List<Proposals.Relation> find(Doc doc, Entities entities) {
        var rules = new RelationRules(doc, entities);
        rules.run();
        rules.implied();
        return List.copyOf(rules.relations.values());
    }

    private void run() {
        for (Mention m : entities.mentions()) {
            Proposals.Entity e = entities.of(m);
            Doc.Sentence s = m.sentence();
            String text = s.text();
            switch (m.label()) {
                case "Zone" -> inRegion(e, m);
                case "Enterprise", "Project" -> {
                    investsInTheProjectBefore(e, m);
                    located(e, s, 0.6);
                    partOf(e, m);
                    if (m.label().equals("Project")) {
                        investors(e, m);
                    }
                }
                case "Organization" -> {
                    if (RESIDENT_ORGS.contains(String.valueOf(m.props().get("kind"))) || zone != null
                            && e.name().startsWith(zone.name())) {
                        located(e, s, 0.5);
                    }
                    partOf(e, m);
                }
                case "Award" -> award(e, m, text);
                case "Policy" -> policy(e, m, text);
                case "Brand" -> near(m, "Organization", OWNING, false)
                        .forEach(o -> add(e, "OWNED_BY", o, Map.of(), s, 0.5));
                case "Person" -> worksFor(e, m, text);
                case "Industry" -> industry(e, m);
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
        relations.values().forEach(r -> {
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
        if (zone == null || e.id().equals(zone.id())) {
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

    /** 以双良集团40GW单晶硅项目 (the investor written before the project), 由…公司投资建设, 由…公司投资建设的…项目. */
    private void investors(Proposals.Entity project, Mention m) {
        for (Mention o : entities.outermost(m.sentence())) {
            if (!o.label().equals("Enterprise") && !o.label().equals("Organization")) {
                continue;
            }
            boolean before = o.end() == m.start() || m.aliases().stream().anyMatch(a -> a.startsWith(o.name()));
            String text = m.sentence().text();
            boolean builds = o.start() > m.end() && INVESTING.matcher(text.substring(o.end(),
                    Math.min(text.length(), o.end() + 4))).lookingAt();
            boolean built = o.end() < m.start() && BUILT_BY.matcher(text.substring(o.end(), m.start())).matches();
            if (before || builds || built) {
                add(entities.of(o), "INVESTS_IN", project, Map.of(), m.sentence(), 0.6);
            }
        }
    }

    /** 该项目由…公司投资建设: the company invests in the project the sentence before named. */
    private void investsInTheProjectBefore(Proposals.Entity company, Mention m) {
        String text = m.sentence().text();
        if (!m.label().equals("Enterprise") || !text.startsWith("该项目") || !INVESTING.matcher(text.substring(m.end(),
                Math.min(text.length(), m.end() + 4))).lookingAt()) {
            return;
        }
        entities.mentions().stream().filter(o -> o.label().equals("Project")
                && o.sentence().index() < m.sentence().index()).reduce((a, b) -> b)
                .ifPresent(project -> add(company, "INVESTS_IN", entities.of(project), Map.of(), m.sentence(), 0.6));
    }

    private void award(Proposals.Entity award, Mention m, String text) {
        Doc.Sentence s = m.sentence();
        for (Proposals.Entity org : near(m, "Organization", CONFERRING, false)) {
            add(award, "CONFERRED_BY", org, Map.of(), s, 0.6);
        }
        if (!RECEIVING.matcher(text).find()) {
            return;
        }
        Proposals.Entity subject = subjectOfVerbAfter(m);
        if (subject != null) {
            add(subject, "RECEIVED", award, Map.of(), s, 0.6);
            return;
        }
        entities.outermost(s).stream()
                .filter(o -> Set.of("Zone", "Enterprise", "Region", "Project").contains(o.label()))
                .filter(o -> !o.overlaps(m)).min((a, b) -> Integer.compare(distance(a, m), distance(b, m)))
                .ifPresent(o -> add(entities.of(o), "RECEIVED", award, Map.of(), s, 0.6));
    }

    /**
     * 公布…名单,株洲高新区企业某公司成功入选: when the receiving verb follows the award, its receiver is the last
     * name before that verb in the verb's clause (the company, not the zone that qualifies it).
     */
    private Proposals.Entity subjectOfVerbAfter(Mention award) {
        String text = award.sentence().text();
        var verb = RECEIVING.matcher(text);
        if (!verb.find(award.end())) {
            return null;
        }
        int clause = Math.max(Math.max(text.lastIndexOf(',', verb.start()), text.lastIndexOf(',', verb.start())),
                text.lastIndexOf(';', verb.start()));
        if (clause < award.end()) {
            return null;
        }
        return entities.outermost(award.sentence()).stream()
                .filter(o -> Set.of("Zone", "Enterprise", "Region", "Project").contains(o.label()))
                .filter(o -> o.start() > clause && o.end() <= verb.start())
                .reduce((a, b) -> b).map(entities::of).orElse(null);
    }

    private static int distance(Mention a, Mention b) {
        return a.end() <= b.start() ? b.start() - a.end() : 2 * (a.start() - b.end()) + 5;
    }

    private void policy(Proposals.Entity policy, Mention m, String text) {
        Doc.Sentence s = m.sentence();
        var issuers = new ArrayList<>(near(m, "Organization", ISSUING, true));
        if (issuers.isEmpty()) {
            issuers.addAll(near(m, "Zone", ISSUING, true));
        }
        issuers.forEach(o -> add(policy, "ISSUED_BY", o, Map.of(), s, 0.6));
        if (zone != null && (issuers.isEmpty() || issuers.contains(zone) || issuers.stream()
                .anyMatch(o -> o.name().startsWith(zone.name())))) {
            add(policy, "APPLIES_TO", zone, Map.of(), s, 0.5);
        }
    }

    /** Entities of a label named before {@code m} in its sentence and followed by one of the verbs. */
    private List<Proposals.Entity> near(Mention m, String label, Pattern verbs, boolean nearestOnly) {
        String text = m.sentence().text();
        List<Proposals.Entity> found = new ArrayList<>();
        for (Mention o : entities.outermost(m.sentence())) {
            if (!o.label().equals(label) || o.end() > m.start() + 1) {
                continue;
            }
            String between = text.substring(o.end(), Math.max(o.end(), m.start()));
            if (verbs.matcher(between).find() && between.length() <= 40) {
                if (nearestOnly) {
                    found.clear();
                }
                found.add(entities.of(o));
            }
        }
        return found;
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

    /** A company or project whose name holds an industry, or a zone listing its industries. */
    private void industry(Proposals.Entity industry, Mention m) {
        for (Mention o : entities.mentions()) {
            if (o.sentence() != m.sentence()) {
                continue;
            }
            boolean inName = (o.label().equals("Enterprise") || o.label().equals("Project")) && o.start() <= m.start()
                    && o.end() >= m.end();
            String after = m.sentence().text().substring(m.end());
            boolean listed = o.label().equals("Zone") && (o.end() <= m.start() && SECTOR_AFTER.matcher(after).find()
                    || o.start() > m.end() && DEFINES.matcher(after).lookingAt());
            if (inName || listed) {
                add(entities.of(o), "IN_INDUSTRY", industry, Map.of(), m.sentence(), inName ? 0.6 : 0.5);
            }
        }
    }

    private void add(Proposals.Entity from, String type, Proposals.Entity to, Map<String, Object> props,
            Doc.Sentence s, double confidence) {
        if (from == null || to == null || from.id().equals(to.id())) {
            return;
        }
        relations.putIfAbsent(from.id() + "|" + type + "|" + to.id(),
                new Proposals.Relation(from.id(), type, to.id(), props, s.evidence(), confidence));
    }
}
