package dev.zonegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes proposals as a facts file in the seed format (seeds/README.md), so a curator can read, edit and load it;
 * each fact also carries its {@code confidence} and {@code offsets}, which the seed reader ignores.
 */
public final class FactsYaml {

    private FactsYaml() {
    }

    public static String render(Proposals p) {
        var root = new LinkedHashMap<String, Object>();
        root.put("article", p.articleId());
        root.put("entities", p.entities().stream().map(FactsYaml::entity).toList());
        root.put("relations", p.relations().stream().map(FactsYaml::relation).toList());
        root.put("indicators", p.indicators().stream().map(FactsYaml::indicator).toList());
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.AUTO);
        options.setAllowUnicode(true);
        options.setWidth(200);
        return "# Facts proposed by the extractor for " + p.articleId() + ": review before loading.\n"
                + new Yaml(options).dump(root);
    }

    /** The entity as the seed format writes it, plus where its quote stands and how sure the rule was. */
    public static Map<String, Object> entity(Proposals.Entity e) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", e.id());
        m.put("label", e.label());
        m.put("name", e.name());
        if (!e.aliases().isEmpty()) {
            m.put("aliases", e.aliases());
        }
        if (!e.props().isEmpty()) {
            m.put("props", e.props());
        }
        m.put("quote", e.evidence().quote());
        if (e.existing()) {
            m.put("existing", true);
        }
        evidence(m, e.evidence(), e.confidence());
        return m;
    }

    public static Map<String, Object> relation(Proposals.Relation r) {
        var m = new LinkedHashMap<String, Object>();
        m.put("from", r.from());
        m.put("type", r.type());
        m.put("to", r.to());
        m.put("quote", r.evidence().quote());
        if (!r.props().isEmpty()) {
            m.put("props", r.props());
        }
        evidence(m, r.evidence(), r.confidence());
        return m;
    }

    public static Map<String, Object> indicator(Proposals.Indicator i) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", i.id());
        m.put("subject", i.subject());
        m.put("metric", i.metric());
        m.put("value", i.value());
        m.put("unit", i.unit());
        m.put("qualifier", i.qualifier());
        m.put("period", i.period());
        m.put("year", i.year());
        m.put("growth", i.growth());
        m.put("kind", i.kind());
        m.put("quote", i.evidence().quote());
        evidence(m, i.evidence(), i.confidence());
        return m;
    }

    private static void evidence(Map<String, Object> m, Proposals.Evidence e, double confidence) {
        m.put("confidence", Math.round(confidence * 100) / 100.0);
        m.put("offsets", new ArrayList<>(List.of(e.field(), e.start(), e.end())));
    }
}
