package dev.zonegraph.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses the entity a figure is about. Usually the first entity of the figure's clause, else of the clauses before it
 * in the sentence, but not one that only names the figure's partner or scope: the object of 与/依托/为/向 …, the
 * ranking's scope (占比济宁市第一), or a name inside a quoted title. A figure a speaker gives about 我们 is about the
 * speaker's company; 唯一 counts what a named region has only one of, else the title it qualifies; a count published
 * with a list (发布第一批223家“…”名单) is the list's.
 */
final class FigureSubjects {

    static final Set<String> LABELS = Set.of("Zone", "Enterprise", "Project", "Region");
    private static final Pattern OBJECT_CUE = Pattern.compile("与|依托|协同|联合|携手|(?<![作成认行因])为|向|(?<![针相绝])对(?!接|比)");
    private static final Pattern RANK_CUE = Pattern.compile("占比|位居|居|排名|排在|位列");
    private static final Pattern FIRST_PERSON = Pattern.compile("我们|我司|我厂|本公司");
    private static final Pattern SAYS = Pattern.compile("说|表示|介绍|指出|称");
    private static final Pattern LISTING = Pattern.compile("发布|公布");

    private final Entities entities;

    FigureSubjects(Entities entities) {
        this.entities = entities;
    }

    /** The entity whose name holds the figure (年产20万台…智能工厂, 40GW单晶硅项目), if any. */
    Optional<Mention> around(Doc.Sentence s, Figure f) {
        return entities.outermost(s).stream().filter(m -> m.start() <= f.start() && m.end() >= f.end()
                && (LABELS.contains(m.label()))).findFirst();
    }

    /** The figure's subject, or null when the text names none (the caller then takes the article's zone). */
    Proposals.Entity of(Doc.Sentence s, Figure f, Proposals.Entity lastProject) {
        String text = s.text();
        int clause = Clauses.start(text, f.start());
        var special = speaker(s, f).or(() -> only(s, f, clause)).or(() -> listing(s, f, clause));
        if (special.isPresent()) {
            return entities.of(special.get());
        }
        List<Mention> in = entities.outermost(s).stream().filter(m -> LABELS.contains(m.label())).toList();
        boolean rank = text.startsWith("第", f.start()) || text.startsWith("前", f.start());
        for (int end = f.start(); end > 0; end = Clauses.start(text, end) - 1) {
            int from = Clauses.start(text, end);
            int to = end;
            var first = in.stream().filter(m -> m.start() >= from && m.start() < to && !Clauses.inName(text, m.start())
                    && !after(OBJECT_CUE, text, from, m) && !(rank && after(RANK_CUE, text, from, m))).findFirst();
            if (first.isPresent()) {
                return entities.of(first.get());
            }
        }
        return text.startsWith("该项目") || text.startsWith("项目") ? lastProject : null;
    }

    private static boolean after(Pattern cue, String text, int clauseStart, Mention m) {
        return cue.matcher(text.substring(clauseStart, m.start())).find();
    }

    /** Inside a quotation, 我们… is the company of the speaker named beside the quotation (…总经理刘振宇说). */
    private Optional<Mention> speaker(Doc.Sentence s, Figure f) {
        String paragraph = s.passage().text();
        int at = s.start() + f.start();
        int[] quote = Clauses.quote(paragraph, at);
        String before = s.text().substring(Clauses.start(s.text(), f.start()), f.start());
        if (quote == null || !FIRST_PERSON.matcher(before).find()) {
            return Optional.empty();
        }
        return entities.mentions().stream()
                .filter(m -> m.label().equals("Enterprise") && m.sentence().passage() == s.passage()
                        && SAYS.matcher(m.sentence().text()).find())
                .filter(m -> {
                    int p = m.sentence().start() + m.start();
                    return p < quote[0] || p > quote[1];
                })
                .min(Comparator.comparingInt(m -> Math.abs(m.sentence().start() + m.start() - quote[1])));
    }

    /** 内蒙古自治区唯一… counts for the region; 全国唯一…“试验田” for the title it qualifies. */
    private Optional<Mention> only(Doc.Sentence s, Figure f, int clause) {
        if (!s.text().startsWith("唯一", f.start())) {
            return Optional.empty();
        }
        int end = Clauses.end(s.text(), f.end());
        List<Mention> all = entities.outermost(s);
        return all.stream().filter(m -> m.label().equals("Region") && m.end() == f.start()).findFirst()
                .or(() -> all.stream().filter(m -> m.label().equals("Award") && m.start() >= f.end()
                        && m.start() < end).findFirst());
    }

    /** 发布第一批223家“好品山东”品牌名单: the number counts the list's entries. */
    private Optional<Mention> listing(Doc.Sentence s, Figure f, int clause) {
        if (!LISTING.matcher(s.text().substring(clause, f.start())).find()) {
            return Optional.empty();
        }
        int end = Clauses.end(s.text(), f.end());
        return entities.mentions().stream().filter(m -> m.sentence() == s && m.label().equals("Award")
                && m.start() >= f.end() && m.start() < end).findFirst();
    }
}
