package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the figures of each sentence into indicators: the subject is the first entity of the nearest clause that
 * names one (else the article's zone), the period the nearest one written before the figure in its sentence or
 * paragraph, the kind TARGET when 力争/计划/目标/预计/将 leads up to it. A project's investment, area, output, tax and
 * jobs also become the project's properties.
 */
final class FigureRules {

    /** Indicators, and the quantities found for each project id. */
    record Result(List<Proposals.Indicator> indicators, Map<String, Map<String, Object>> projectProperties) {
    }

    private static final Pattern PERIOD = Periods.PERIOD;
    /** A paragraph opening with these details the one before (其中, 此次 …), so it keeps that one's period. */
    private static final Pattern CONTINUES = Pattern.compile("其中|此次|本次");
    private static final Pattern CUMULATIVE = Pattern.compile("累计(?:达到|达)?");
    private static final Pattern TARGET = Pattern.compile("力争|计划|目标|预计|拟|争取|确保|将|建成后|可引入");
    /** 年度投资: the year's planned investment of projects that have just started. */
    private static final Pattern PLANNED = Pattern.compile("年度(?:计划)?投资");
    private static final Set<String> SUBJECTS = Set.of("Zone", "Enterprise", "Project", "Region");
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

    private final Doc doc;
    private final Entities entities;
    private final String articleSlug;
    private final Proposals.Entity zone;
    private final List<Proposals.Indicator> indicators = new ArrayList<>();
    private final Map<String, Map<String, Object>> projects = new LinkedHashMap<>();
    private Proposals.Entity lastProject;

    FigureRules(Doc doc, Entities entities, String articleSlug) {
        this.doc = doc;
        this.entities = entities;
        this.articleSlug = articleSlug;
        this.zone = MainZone.of(doc, entities);
    }

    Result find() {
        for (Doc.Sentence s : doc.body()) {
            for (Mention m : entities.outermost(s)) {
                if (m.label().equals("Project")) {
                    lastProject = entities.of(m);
                }
            }
            for (Figure f : Numbers.find(s.text())) {
                indicator(s, f);
            }
        }
        return new Result(List.copyOf(indicators), projects);
    }

    private void indicator(Doc.Sentence s, Figure f) {
        String text = s.text();
        int clauseStart = clauseStart(text, f.start());
        String before = text.substring(clauseStart, f.start());
        String metric = metric(before, text, f);
        Proposals.Entity subject = subject(s, f.start());
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
                return;
            }
        }
        if (subject == null) {
            subject = zone;
        }
        if (subject == null) {
            return;
        }
        String[] period = period(s, f.start());
        Integer year = period[1] == null ? null : Integer.valueOf(period[1]);
        String kind = TARGET.matcher(text.substring(0, f.start())).find() || PLANNED.matcher(before).find()
                ? "TARGET" : "ACTUAL";
        String unit = "辆".equals(f.unit()) && metric.contains("日产") ? "辆/日" : f.unit();
        String id = "ind:" + articleSlug + "/" + (indicators.size() + 1) + "-" + Nlp.slug(metric).replaceAll(
                "^(.{0,40}).*$", "$1").replaceAll("-$", "");
        indicators.add(new Proposals.Indicator(id, subject.id(), metric, f.value(), unit, f.qualifier(), period[0],
                year, f.growth(), kind, s.evidence(clauseStart, Math.max(f.end(), clauseEnd(text, f.end()))),
                f.value() == null || f.growth() != null ? 0.7 : 0.6));
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

    /** The first entity of the figure's clause, else of the clauses before it in the sentence. */
    private Proposals.Entity subject(Doc.Sentence s, int at) {
        List<Mention> in = entities.outermost(s).stream().filter(m -> SUBJECTS.contains(m.label())).toList();
        int end = at;
        while (end > 0) {
            int start = clauseStart(s.text(), end);
            int from = start;
            int to = end;
            var first = in.stream().filter(m -> m.start() >= from && m.start() < to).findFirst();
            if (first.isPresent()) {
                return entities.of(first.get());
            }
            end = start - 1;
        }
        if (s.text().startsWith("该项目") || s.text().startsWith("项目")) {
            return lastProject;
        }
        return null;
    }

    /**
     * The period nearest before the figure in its sentence, else the paragraph's last so far, else (for a paragraph
     * opening with 其中 or 此次, the detail of the one before) the previous paragraph's last: {text, year}. A total after an
     * increase (新增12家,累计达到46家) is a stock, stated for no period.
     */
    private String[] period(Doc.Sentence s, int at) {
        String text = s.text();
        if (CUMULATIVE.matcher(text.substring(clauseStart(text, at), at)).lookingAt()
                && text.substring(0, at).contains("新增")) {
            return new String[] {null, null};
        }
        String[] found = last(text.substring(0, at));
        if (found[0] == null) {
            found = last(text.substring(at, clauseEnd(text, at)));
        }
        Doc.Passage paragraph = s.passage();
        for (int i = s.index() - 1; found[0] == null && i >= 0; i--) {
            Doc.Sentence earlier = doc.sentences.get(i);
            if (earlier.passage() != paragraph) {
                if (paragraph != s.passage() || !CONTINUES.matcher(s.passage().text()).lookingAt()
                        || !earlier.passage().field().equals("text")) {
                    break;
                }
                paragraph = earlier.passage();
            }
            found = last(earlier.text());
        }
        return found;
    }

    private static String[] last(String text) {
        Matcher m = PERIOD.matcher(text);
        String period = null;
        String year = null;
        while (m.find()) {
            if (m.group(1) != null) {
                year = m.group(1);
                continue;
            }
            period = m.group();
            year = m.group(2) != null ? m.group(2) : period.matches("前.*个月") ? year : null;
        }
        return new String[] {period, year};
    }

    private static String metric(String before, String text, Figure f) {
        String metric = before.replaceAll("^(其中|此外|同时|并|且|而)", "")
                .replaceAll("(同比|大幅|增长|增速|更是|高达|达到|达|为|实现|完成|共有|累计|超过|至少|约|近|逾)+$", "");
        metric = PERIOD.matcher(metric).replaceAll("");
        if (metric.length() < 2) {
            String after = text.substring(f.end(), clauseEnd(text, f.end()));
            metric = after.replaceAll("^(的|已)", "");
        }
        return metric.isBlank() ? "数值" : metric.strip();
    }

    private static int clauseStart(String text, int at) {
        int start = 0;
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            if (",,;;:".indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        return start;
    }

    private static int clauseEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            if (",,;;:。!?".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
