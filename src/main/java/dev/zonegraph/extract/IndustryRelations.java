package dev.zonegraph.extract;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which industries a zone, company or project is in: a company or project whose name holds one; a zone listing its
 * industries or defined by one; the leader of a sector's paragraph (在有色金属产业方面,以某公司为龙头…) and of the
 * chains it leads (以某公司为龙头的电解铝、铝深加工产业链); a company's output in an industry (某公司在某区的汽车产值).
 */
final class IndustryRelations {

    /** An industry named before 产业 (not 产业园, a park) in its clause: 汽车产业产值, 三大主导产业. */
    private static final Pattern SECTOR_AFTER = Pattern.compile("^[^,。;]*产业(?!园)");
    /** 轨道交通装备是株洲高新区的首位产业: the industry defines the zone named after it. */
    private static final Pattern DEFINES = Pattern.compile(
            "是[^,。;]{2,20}的(?:首位|第一|支柱|主导|优势|特色|重点|核心)[^,。;]{0,4}产业");
    /** A sentence about one sector: 在有色金属深加工产业方面, …. */
    private static final Pattern SECTOR_HEADING = Pattern.compile("^在?([^,。;]{2,12}?)产业方面[,,]");
    private static final Pattern LEADER = Pattern.compile("以([^,。;、以]{2,30}?)为(?:龙头|代表|核心|引领)(的[^,。;]{2,30}?产业链)?");
    private static final Pattern OUTPUT_AFTER = Pattern.compile("^(?:产值|产量|产能|营收|营业收入|销售收入)");
    private static final Pattern WHERE = Pattern.compile("(?:在[^,。;]{1,12}的)?");

    private final Entities entities;
    private final Relations relations;

    IndustryRelations(Entities entities, Relations relations) {
        this.entities = entities;
        this.relations = relations;
    }

    void find(Proposals.Entity industry, Mention m) {
        String text = m.sentence().text();
        for (Mention o : entities.mentions()) {
            if (o.sentence() != m.sentence()) {
                continue;
            }
            boolean inName = (o.label().equals("Enterprise") || o.label().equals("Project")) && o.start() <= m.start()
                    && o.end() >= m.end();
            String after = text.substring(m.end());
            boolean listed = o.label().equals("Zone") && (o.end() <= m.start() && SECTOR_AFTER.matcher(after).find()
                    || o.start() > m.end() && DEFINES.matcher(after).lookingAt());
            boolean produces = o.label().equals("Enterprise") && o.end() <= m.start()
                    && WHERE.matcher(text.substring(o.end(), m.start())).matches()
                    && OUTPUT_AFTER.matcher(after).find();
            if (inName || listed || produces) {
                relations.add(entities.of(o), "IN_INDUSTRY", industry, Map.of(), m.sentence(), inName ? 0.6 : 0.5);
            }
        }
        leaders(industry, m);
    }

    /** The sector a sentence opens with, and the chains 以…为龙头的 names, belong to their leader. */
    private void leaders(Proposals.Entity industry, Mention m) {
        String text = m.sentence().text();
        Matcher heading = SECTOR_HEADING.matcher(text);
        boolean inHeading = heading.find() && m.start() >= heading.start(1) && m.end() <= heading.end(1);
        Matcher leader = LEADER.matcher(text);
        while (leader.find()) {
            boolean inChain = leader.group(2) != null && m.start() >= leader.start(2) && m.end() <= leader.end(2);
            if (inHeading || inChain) {
                int end = leader.end(1);
                entities.outermost(m.sentence()).stream().filter(o -> o.end() == end
                        && (o.label().equals("Enterprise") || o.label().equals("Project"))).findFirst()
                        .ifPresent(o -> relations.add(entities.of(o), "IN_INDUSTRY", industry, Map.of(),
                                m.sentence(), 0.5));
            }
        }
    }
}
