package dev.zonegraph.extract;

import dev.zonegraph.seed.ArticleFacts;
import dev.zonegraph.seed.Fact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares proposals with a curated facts file. An entity matches a gold entity of the same label when one's name
 * is the other's name or alias (or both normalise alike); a relationship matches when its type and both matched
 * ends agree; an indicator only when its subject, value, unit, qualifier, growth, period and kind are all right.
 */
final class Scoring {

    /** Matched proposals, proposals made and gold facts, per kind. */
    record Count(int matched, int proposed, int gold) {
        Count plus(Count o) {
            return new Count(matched + o.matched, proposed + o.proposed, gold + o.gold);
        }

        double precision() {
            return proposed == 0 ? 1 : (double) matched / proposed;
        }

        double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }
    }

    /**
     * {@code indicators} count with every field right, {@code figures} with only subject, value and unit right (the
     * figure was found, whatever its period, growth, qualifier or kind); {@code missed}: gold facts no proposal
     * matched; {@code wrong}: proposals that matched no gold fact.
     */
    record Score(Count entities, Count relations, Count indicators, Count figures, List<String> missed,
            List<String> wrong) {
        Score plus(Score o) {
            return new Score(entities.plus(o.entities), relations.plus(o.relations), indicators.plus(o.indicators),
                    figures.plus(o.figures), concat(missed, o.missed), concat(wrong, o.wrong));
        }

        private static List<String> concat(List<String> a, List<String> b) {
            var all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    static final Score ZERO = new Score(new Count(0, 0, 0), new Count(0, 0, 0), new Count(0, 0, 0),
            new Count(0, 0, 0), List.of(), List.of());

    private Scoring() {
    }

    static Score score(ArticleFacts gold, Proposals proposals) {
        List<Fact.Node> goldEntities = gold.nodes().stream().filter(n -> !n.label().equals("Indicator")).toList();
        Map<String, String> toGold = new HashMap<>();
        Set<String> used = new HashSet<>();
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Proposals.Entity p : proposals.entities()) {
            goldEntities.stream().filter(g -> !used.contains(g.id()) && sameEntity(g, p)).findFirst().ifPresentOrElse(
                    g -> {
                        used.add(g.id());
                        toGold.put(p.id(), g.id());
                    }, () -> wrong.add("entity " + p.label() + " " + p.name()));
        }
        goldEntities.stream().filter(g -> !used.contains(g.id()))
                .forEach(g -> missed.add("entity " + g.label() + " " + g.name()));
        var entities = new Count(used.size(), proposals.entities().size(), goldEntities.size());

        List<Fact.Link> goldRelations = gold.links().stream()
                .filter(l -> !Set.of("HAS_INDICATOR", "WROTE", "MENTIONED_IN").contains(l.type())).toList();
        Set<String> goldKeys = new HashSet<>();
        goldRelations.forEach(l -> goldKeys.add(l.from() + "|" + l.type() + "|" + l.to()));
        Set<String> found = new HashSet<>();
        for (Proposals.Relation r : proposals.relations()) {
            String key = toGold.get(r.from()) + "|" + r.type() + "|" + toGold.get(r.to());
            if (goldKeys.contains(key)) {
                found.add(key);
            } else {
                wrong.add("relation " + r.from() + "|" + r.type() + "|" + r.to() + "  \u00ab" + r.evidence().quote()
                        + "\u00bb");
            }
        }
        goldKeys.stream().filter(k -> !found.contains(k)).forEach(k -> missed.add("relation " + k));
        var relations = new Count(found.size(), proposals.relations().size(), goldRelations.size());

        Map<String, String> subjects = new HashMap<>();
        gold.links().stream().filter(l -> l.type().equals("HAS_INDICATOR"))
                .forEach(l -> subjects.put(l.to(), l.from()));
        List<Fact.Node> goldIndicators = gold.nodes().stream().filter(n -> n.label().equals("Indicator")).toList();
        Set<String> hit = new HashSet<>();
        for (Proposals.Indicator p : proposals.indicators()) {
            goldIndicators.stream().filter(g -> !hit.contains(g.id()) && sameIndicator(g, subjects.get(g.id()), p,
                    toGold.get(p.subject()))).findFirst().ifPresentOrElse(g -> hit.add(g.id()),
                            () -> wrong.add("indicator " + p.subject() + " " + p.metric() + " " + p.value() + " "
                                    + p.unit() + " q=" + p.qualifier() + " g=" + p.growth() + " " + p.period() + " "
                                    + p.kind() + "  \u00ab" + p.evidence().quote() + "\u00bb"));
        }
        goldIndicators.stream().filter(g -> !hit.contains(g.id())).forEach(g -> missed.add("indicator " + g.id()));
        var indicators = new Count(hit.size(), proposals.indicators().size(), goldIndicators.size());
        Set<String> located = new HashSet<>();
        for (Proposals.Indicator p : proposals.indicators()) {
            goldIndicators.stream().filter(g -> !located.contains(g.id()) && sameFigure(g, subjects.get(g.id()), p,
                    toGold.get(p.subject()))).findFirst().ifPresent(g -> located.add(g.id()));
        }
        var figures = new Count(located.size(), proposals.indicators().size(), goldIndicators.size());
        return new Score(entities, relations, indicators, figures, missed, wrong);
    }

    static boolean sameEntity(Fact.Node gold, Proposals.Entity p) {
        if (!gold.label().equals(p.label())) {
            return false;
        }
        Set<String> goldNames = names(gold.name(), gold.properties().get("aliases"));
        Set<String> proposedNames = names(p.name(), p.aliases());
        return goldNames.stream().anyMatch(proposedNames::contains);
    }

    private static Set<String> names(String name, Object aliases) {
        Set<String> names = new HashSet<>();
        names.add(name);
        names.add(EntityIndex.normalise(name));
        if (aliases instanceof List<?> list) {
            list.forEach(a -> {
                names.add(a.toString());
                names.add(EntityIndex.normalise(a.toString()));
            });
        }
        return names;
    }

    static boolean sameIndicator(Fact.Node gold, String goldSubject, Proposals.Indicator p, String proposedSubject) {
        Map<String, Object> g = gold.properties();
        return sameFigure(gold, goldSubject, p, proposedSubject)
                && Objects.equals(g.get("qualifier"), p.qualifier())
                && sameNumber(g.get("growth"), p.growth())
                && Objects.equals(g.get("period"), p.period())
                && Objects.equals(g.get("kind"), p.kind());
    }

    /** The same subject, value and unit (a growth-only figure: the same subject and growth). */
    static boolean sameFigure(Fact.Node gold, String goldSubject, Proposals.Indicator p, String proposedSubject) {
        Map<String, Object> g = gold.properties();
        return Objects.equals(goldSubject, proposedSubject) && sameNumber(g.get("value"), p.value())
                && Objects.equals(g.get("unit"), p.unit())
                && (g.get("value") != null || sameNumber(g.get("growth"), p.growth()));
    }

    private static boolean sameNumber(Object gold, Double proposed) {
        if (gold == null || proposed == null) {
            return gold == null && proposed == null;
        }
        return Math.abs(((Number) gold).doubleValue() - proposed) < 1e-9;
    }
}
