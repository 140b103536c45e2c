package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the figures of each sentence into indicators: the subject from {@link FigureSubjects}, the period from
 * {@link FigurePeriods}, the metric from {@link Metrics}, the kind TARGET when 力争/计划/目标/预计/将 leads up to it. A
 * figure that only follows another (…达到1500辆,随后便达到1700辆) measures the same thing. A project's investment, area,
 * output, tax and jobs, and a capacity written in its name, become the project's properties; a round milestone
 * (迈上2800亿元台阶) restating an exact figure of the same subject is not proposed twice.
 */
final class FigureRules {

    /** Indicators, and the quantities found for each project id. */
    record Result(List<Proposals.Indicator> indicators, Map<String, Map<String, Object>> projectProperties) {
    }

    private static final Pattern TARGET = Pattern.compile("力争|计划|目标|预计|拟|争取|确保|将|有望|建成后|投产后|达产后|可引入");
    /** 年度投资: the year's planned investment of projects that have just started. */
    private static final Pattern PLANNED = Pattern.compile("年度(?:计划)?投资");
    private static final Pattern MILESTONE = Pattern.compile("迈上|突破|跨越|站上|跃上|跨上");
    private static final Map<String, String> PROJECT_KEYS = new LinkedHashMap<>();

    static {
        PROJECT_KEYS.put("占地面积", "landArea");
        PROJECT_KEYS.put("厂房建设投资", "buildingInvestment");
        PROJECT_KEYS.put("建筑面积", "floorArea");
        PROJECT_KEYS.put("总投资", "investment");
        PROJECT_KEYS.put("年产值", "expectedAnnualOutput");
        PROJECT_KEYS.put("税收", "expectedAnnualTax");
        PROJECT_KEYS.put("就业岗位", "jobs");
    }

    /** Quantities that describe the project itself rather than a figure reported over time. */
    private static final Set<String> ATTRIBUTES = Set.of("landArea", "buildingInvestment", "floorArea", "investment");
    private static final Set<String> MONEY = Set.of("元", "万元", "亿元");

    private final Entities entities;
    private final String articleSlug;
    private final Proposals.Entity zone;
    private final FigureSubjects subjects;
    private final FigurePeriods periods;
    private final Doc doc;
    private final List<Proposals.Indicator> indicators = new ArrayList<>();
    private final List<Proposals.Indicator> milestones = new ArrayList<>();
    private final Map<String, Map<String, Object>> projects = new LinkedHashMap<>();
    private Proposals.Entity lastProject;

    FigureRules(Doc doc, Entities entities, String articleSlug) {
        this.doc = doc;
        this.entities = entities;
        this.articleSlug = articleSlug;
        this.zone = MainZone.of(doc, entities);
        this.subjects = new FigureSubjects(entities);
        this.periods = new FigurePeriods(doc);
    }

    Result find() {
        for (Doc.Sentence s : doc.body()) {
            for (Mention m : entities.outermost(s)) {
                if (m.label().equals("Project")) {
                    lastProject = entities.of(m);
                }
            }
            Proposals.Indicator previous = null;
            for (Figure f : Numbers.find(s.text())) {
                if (!Clauses.inName(s.text(), f.start())) {
                    previous = indicator(s, f, previous);
                }
            }
        }
        indicators.removeIf(i -> milestones.contains(i) && indicators.stream().anyMatch(o -> !milestones.contains(o)
                && o.subject().equals(i.subject()) && o.unit() != null && o.unit().equals(i.unit())
                && o.value() != null && o.value() >= i.value() && o.value() < i.value() * 1.1));
        return new Result(List.copyOf(indicators), projects);
    }

    /** Adds the figure's indicators and returns the last, or {@code previous} when the figure gives none. */
    private Proposals.Indicator indicator(Doc.Sentence s, Figure f, Proposals.Indicator previous) {
        String text = s.text();
        int clauseStart = Clauses.start(text, f.start());
        int clauseEnd = Clauses.end(text, f.end());
        String before = text.substring(clauseStart, f.start());
        var around = subjects.around(s, f);
        if (around.isPresent() && around.get().label().equals("Project")) {
            projects.computeIfAbsent(entities.of(around.get()).id(), k -> new LinkedHashMap<>())
                    .putIfAbsent(MONEY.contains(f.unit()) ? "investment" : "capacity", quantity(f));
            return previous;
        }
        Proposals.Entity subject = around.map(entities::of).orElseGet(() -> subjects.of(s, f, lastProject));
        String projectKey = projectKey(before);
        boolean aboutProject = text.startsWith("该项目") || entities.outermost(s).stream()
                .anyMatch(m -> m.label().equals("Project") && m.start() < f.start());
        if (projectKey != null && lastProject != null && aboutProject) {
            subject = lastProject;
            if (f.value() != null) {
                projects.computeIfAbsent(subject.id(), k -> new LinkedHashMap<>()).putIfAbsent(projectKey,
                        quantity(f));
            }
            if (ATTRIBUTES.contains(projectKey)) {
                return previous;
            }
        }
        List<String> named = entities.outermost(s).stream().filter(m -> FigureSubjects.LABELS.contains(m.label())
                && m.end() <= f.start()).map(Mention::name).toList();
        String metric = around.isPresent() ? text.substring(around.get().start(), f.start())
                + text.substring(f.end(), around.get().end())
                : text.startsWith("唯一", f.start()) ? text.substring(f.end(), clauseEnd)
                : Metrics.of(text, clauseStart, f.start(), f.valueEnd(), named);
        String unit = f.unit();
        if (metric.isBlank() && previous != null) {
            metric = previous.metric();
            subject = entities.byId().get(previous.subject());
            unit = previous.unit() != null && previous.unit().startsWith(unit + "/") ? previous.unit() : unit;
        } else if (metric.isBlank()) {
            metric = Metrics.ofEarlierClause(text, clauseStart, named);
        }
        if (subject == null) {
            subject = zone;
        }
        if (subject == null) {
            return previous;
        }
        if ("辆".equals(unit) && metric.contains("日产")) {
            unit = "辆/日";
        }
        var period = periods.of(s, f);
        String kind = TARGET.matcher(text.substring(0, f.start())).find() || PLANNED.matcher(before).find()
                ? "TARGET" : "ACTUAL";
        var evidence = s.evidence(clauseStart, Math.max(f.end(), clauseEnd));
        double confidence = f.value() == null || f.growth() != null ? 0.7 : 0.6;
        Proposals.Indicator last = previous;
        for (String m : Metrics.split(metric.isBlank() ? "数值" : metric)) {
            String id = "ind:" + articleSlug + "/" + (indicators.size() + 1) + "-" + Nlp.slug(m)
                    .replaceAll("^(.{0,40}).*$", "$1").replaceAll("-$", "");
            last = new Proposals.Indicator(id, subject.id(), m, f.value(), unit, f.qualifier(), period.text(),
                    period.yearNumber(), f.growth(), kind, evidence, confidence);
            indicators.add(last);
            if (f.value() != null && MILESTONE.matcher(before).find()) {
                milestones.add(last);
            }
        }
        return last;
    }

    private static Map<String, Object> quantity(Figure f) {
        var q = new LinkedHashMap<String, Object>();
        q.put("value", f.value());
        q.put("unit", f.unit());
        q.put("qualifier", f.qualifier());
        return q;
    }

    private static String projectKey(String before) {
        for (var e : PROJECT_KEYS.entrySet()) {
            if (before.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
