package dev.zonegraph.extract;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who invests in a project: the company written before it (双良集团40GW单晶硅项目), the one 由…投资建设 it, the one
 * whose 投资建设的 project follows, or the one 该项目由…投资建设 after the sentence that named the project.
 */
final class InvestmentRelations {

    private static final Pattern INVESTING = Pattern.compile("投资建设|投资|建设");
    private static final Pattern BUILT_BY = Pattern.compile("(?:投资建设|投资兴建|建设|投资)的");

    private final Entities entities;
    private final Relations relations;

    InvestmentRelations(Entities entities, Relations relations) {
        this.entities = entities;
        this.relations = relations;
    }

    /** 以双良集团40GW单晶硅项目 (the investor written before the project), 由…公司投资建设, 由…公司投资建设的…项目. */
    void investors(Proposals.Entity project, Mention m) {
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
                relations.add(entities.of(o), "INVESTS_IN", project, Map.of(), m.sentence(), 0.6);
            }
        }
    }

    /** 该项目由…公司投资建设: the company invests in the project the sentence before named. */
    void inTheProjectBefore(Proposals.Entity company, Mention m) {
        String text = m.sentence().text();
        if (!m.label().equals("Enterprise") || !text.startsWith("该项目") || !INVESTING.matcher(text.substring(m.end(),
                Math.min(text.length(), m.end() + 4))).lookingAt()) {
            return;
        }
        entities.mentions().stream().filter(o -> o.label().equals("Project")
                && o.sentence().index() < m.sentence().index()).reduce((a, b) -> b)
                .ifPresent(project -> relations.add(company, "INVESTS_IN", entities.of(project), Map.of(),
                        m.sentence(), 0.6));
    }
}
