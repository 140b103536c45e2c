package dev.zonegraph.extract;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who received a title and who conferred it: the authority that 公布/批准 it; the receiver named before the receiving
 * verb of the award's own clause (获评“…”, 作为…示范区), or before a verb after it (…名单,某公司成功入选); a body or
 * company whose name the title starts with (某法院…标准化试点); the companies a list closes with it (菲斯特等专精特新企业);
 * a city written just before its designation (某市建设…示范区).
 */
final class AwardRelations {

    private static final Pattern RECEIVING = Pattern.compile("获评|荣获|获得|评为|入选|上榜|获批|授予|作为|成为");
    private static final Pattern CONFERRING = Pattern.compile("公布|发布|授予|批准|认定|公示|命名");
    private static final Pattern DESIGNATING = Pattern.compile("(?:建设|创建|打造|争创|建成)?");
    private static final Set<String> RECEIVERS = Set.of("Zone", "Enterprise", "Region", "Project");
    private static final String CLAUSE_ENDS = ",,;;:。";

    private final Entities entities;
    private final Relations relations;

    AwardRelations(Entities entities, Relations relations) {
        this.entities = entities;
        this.relations = relations;
    }

    void find(Proposals.Entity award, Mention m) {
        Doc.Sentence s = m.sentence();
        String text = s.text();
        for (Proposals.Entity org : entities.before(m, "Organization", CONFERRING, false)) {
            relations.add(award, "CONFERRED_BY", org, Map.of(), s, 0.6);
        }
        holderNamedInIt(award, m);
        listedWithIt(award, m);
        regionBeforeIt(award, m);
        if (!RECEIVING.matcher(text).find()) {
            return;
        }
        Proposals.Entity subject = subjectOfVerbAfter(m);
        if (subject != null) {
            relations.add(subject, "RECEIVED", award, Map.of(), s, 0.6);
            return;
        }
        if (!RECEIVING.matcher(text.substring(clauseStart(text, m.start()), m.start())).find()) {
            return;
        }
        entities.outermost(s).stream().filter(o -> RECEIVERS.contains(o.label())).filter(o -> !o.overlaps(m))
                .min((a, b) -> Integer.compare(distance(a, m), distance(b, m)))
                .ifPresent(o -> relations.add(entities.of(o), "RECEIVED", award, Map.of(), s, 0.6));
    }

    private static int clauseStart(String text, int at) {
        int start = at;
        while (start > 0 && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    /** 济宁某法院知识产权司法保护标准化试点: the body or company the title's name starts with holds it. */
    private void holderNamedInIt(Proposals.Entity award, Mention m) {
        entities.mentions().stream().filter(o -> o.sentence() == m.sentence() && o.start() == m.start()
                && o.end() < m.end() && (o.label().equals("Organization") || o.label().equals("Enterprise")))
                .max((a, b) -> Integer.compare(a.end(), b.end()))
                .ifPresent(o -> relations.add(entities.of(o), "RECEIVED", award, Map.of(), m.sentence(),
                        0.5));
    }

    /** 菲斯特等专精特新企业: the companies of the list the title closes hold it. */
    private void listedWithIt(Proposals.Entity award, Mention m) {
        String text = m.sentence().text();
        if (m.start() < 1 || text.charAt(m.start() - 1) != '等') {
            return;
        }
        int clause = clauseStart(text, m.start());
        entities.outermost(m.sentence()).stream().filter(o -> o.label().equals("Enterprise")
                && o.start() >= clause && o.end() < m.start())
                .forEach(o -> relations.add(entities.of(o), "RECEIVED", award, Map.of(), m.sentence(),
                        0.5));
    }

    /** 为成都建设…示范区: a city or province written just before its designation holds it. */
    private void regionBeforeIt(Proposals.Entity award, Mention m) {
        String text = m.sentence().text();
        entities.mentions().stream().filter(o -> o.sentence() == m.sentence() && o.label().equals("Region")
                && o.end() <= m.start() && DESIGNATING.matcher(text.substring(o.end(), m.start())).matches())
                .findFirst()
                .ifPresent(o -> relations.add(entities.of(o), "RECEIVED", award, Map.of(), m.sentence(),
                        0.5));
    }

    /**
     * 公布…名单,株洲高新区企业某公司成功入选: when the receiving verb follows the award, its receiver is the last
     * name before that verb in the verb's clause (the company, not the zone that qualifies it), unless the verb has
     * its own title after it (…名单,某公司荣获“某称号”).
     */
    private Proposals.Entity subjectOfVerbAfter(Mention award) {
        String text = award.sentence().text();
        var verb = RECEIVING.matcher(text);
        if (!verb.find(award.end())) {
            return null;
        }
        int clause = Math.max(Math.max(text.lastIndexOf(',', verb.start()), text.lastIndexOf(',', verb.start())),
                text.lastIndexOf(';', verb.start()));
        boolean ownObject = entities.mentions().stream().anyMatch(o -> o.sentence() == award.sentence()
                && o.label().equals("Award") && o.start() >= verb.end() && o.start() - verb.end() <= 4);
        if (clause < award.end() || ownObject) {
            return null;
        }
        return entities.outermost(award.sentence()).stream().filter(o -> RECEIVERS.contains(o.label()))
                .filter(o -> o.start() > clause && o.end() <= verb.start())
                .reduce((a, b) -> b).map(entities::of).orElse(null);
    }

    private static int distance(Mention a, Mention b) {
        return a.end() <= b.start() ? b.start() - a.end() : 2 * (a.start() - b.end()) + 5;
    }
}
