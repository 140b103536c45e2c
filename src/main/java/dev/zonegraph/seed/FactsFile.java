package dev.zonegraph.seed;

import static dev.zonegraph.seed.SeedReader.dateProblem;
import static dev.zonegraph.seed.SeedReader.maps;
import static dev.zonegraph.seed.SeedReader.str;
import static dev.zonegraph.seed.SeedReader.strings;
import static dev.zonegraph.seed.SeedReader.validId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One facts file turned into checked nodes and links: quotes verbatim in the article, ids known, types and ends
 * from the vocabulary, numbers, units and dates well-formed. Each problem is recorded with the file and the fact.
 */
final class FactsFile {

    private static final Set<String> QUANTITY_KEYS = Set.of("value", "unit", "qualifier");

    private final String file;
    private final Article article;
    private final List<String> problems;
    private final Map<String, String> labels = new HashMap<>();
    private final List<Fact.Node> nodes = new ArrayList<>();
    private final List<Fact.Link> links = new ArrayList<>();
    private final List<Fact.Link> indicatorLinks = new ArrayList<>();

    FactsFile(String file, Article article, List<String> problems) {
        this.file = file;
        this.article = article;
        this.problems = problems;
    }

    ArticleFacts read(Map<String, Object> yaml) {
        if (!article.id().equals(str(yaml.get("article")))) {
            problem("article", "names " + yaml.get("article") + " but the article file is " + article.id());
        }
        for (var entity : maps(yaml.get("entities"))) {
            readEntity(entity);
        }
        for (var indicator : maps(yaml.get("indicators"))) {
            readIndicator(indicator);
        }
        for (var relation : maps(yaml.get("relations"))) {
            readRelation(relation);
        }
        linkAuthors();
        return new ArticleFacts(article, List.copyOf(nodes), List.copyOf(links));
    }

    private void readEntity(Map<String, Object> e) {
        String id = str(e.get("id"));
        String label = str(e.get("label"));
        String name = str(e.get("name"));
        String fact = "entity " + id;
        if (!validId(id)) {
            problem(fact, "id must look like zone:xian (lower-case ASCII, a label prefix and a colon)");
            return;
        }
        if (!Vocabulary.ENTITY_LABELS.contains(label)) {
            problem(fact, "unknown label " + label + " (one of " + Vocabulary.ENTITY_LABELS + ")");
            return;
        }
        if (name == null || name.isBlank()) {
            problem(fact, "has no name");
        }
        if (labels.put(id, label) != null) {
            problem(fact, "is declared twice");
        }
        var properties = new LinkedHashMap<String, Object>();
        properties.put("name", name);
        List<String> aliases = strings(e.get("aliases"));
        properties.put("aliases", aliases);
        if (e.get("nameEn") != null) {
            properties.put("nameEn", str(e.get("nameEn")));
        }
        if (e.get("props") instanceof Map<?, ?> props) {
            props.forEach((key, value) -> property(fact, properties, key.toString(), value));
        }
        checkEnums(fact, label, properties);
        String quote = quote(fact, e.get("quote"));
        nodes.add(new Fact.Node(id, label, properties, quote));
    }

    private void readIndicator(Map<String, Object> i) {
        String id = str(i.get("id"));
        String fact = "indicator " + id;
        if (!validId(id) || !id.startsWith("ind:")) {
            problem(fact, "id must look like ind:zone/metric/period");
            return;
        }
        if (labels.put(id, "Indicator") != null) {
            problem(fact, "is declared twice");
        }
        String subject = str(i.get("subject"));
        String metric = str(i.get("metric"));
        if (metric == null || metric.isBlank()) {
            problem(fact, "has no metric");
        }
        var properties = new LinkedHashMap<String, Object>();
        properties.put("metric", metric);
        Object value = i.get("value");
        Object growth = i.get("growth");
        if (value == null && growth == null) {
            problem(fact, "states neither a value nor a growth rate");
        }
        if (value != null) {
            quantity(fact, properties, "value", Map.of("value", value, "unit", nz(i.get("unit")),
                    "qualifier", nz(i.get("qualifier"))));
        } else if (i.get("qualifier") != null) {
            qualifier(fact, properties, "qualifier", i.get("qualifier"));
        }
        if (growth != null) {
            properties.put("growth", number(fact, "growth", growth));
        }
        properties.put("period", str(i.get("period")));
        if (i.get("year") != null) {
            properties.put("year", integer(fact, "year", i.get("year")));
        }
        String kind = str(i.get("kind"));
        if (!Vocabulary.INDICATOR_KINDS.contains(kind)) {
            problem(fact, "kind must be ACTUAL or TARGET, not " + kind);
        }
        properties.put("kind", kind);
        properties.values().removeIf(v -> v == null || "".equals(v));
        nodes.stream().filter(n -> n.id().equals(subject)).findFirst().ifPresent(s -> properties.put("name",
                s.name() + " " + metric + (properties.get("period") == null ? "" : "(" + properties.get("period") + ")")));
        String quote = quote(fact, i.get("quote"));
        nodes.add(new Fact.Node(id, "Indicator", properties, quote));
        indicatorLinks.add(new Fact.Link(subject, "HAS_INDICATOR", id, Map.of(), quote));
    }

    private void readRelation(Map<String, Object> r) {
        String from = str(r.get("from"));
        String type = str(r.get("type"));
        String to = str(r.get("to"));
        String fact = "relation " + from + " -" + type + "-> " + to;
        if (type != null && Vocabulary.DERIVED.contains(type)) {
            problem(fact, type + " is made by the loader (from indicators, authors and quotes); do not state it");
            return;
        }
        var properties = new LinkedHashMap<String, Object>();
        if (r.get("props") instanceof Map<?, ?> props) {
            props.forEach((key, value) -> property(fact, properties, key.toString(), value));
        }
        if ("WORKS_FOR".equals(type) && properties.get("role") == null) {
            problem(fact, "WORKS_FOR needs props.role");
        }
        links.add(new Fact.Link(from, type, to, properties, quote(fact, r.get("quote"))));
    }

    /** Authors become WROTE links from the article's Person entity of the same name. */
    private void linkAuthors() {
        links.addAll(indicatorLinks);
        for (String author : article.authors()) {
            var person = nodes.stream().filter(n -> n.label().equals("Person") && author.equals(n.name())).findFirst();
            if (person.isEmpty()) {
                problem("author " + author, "has no Person entity with that name");
                continue;
            }
            links.add(new Fact.Link(person.get().id(), "WROTE", article.id(), Map.of(), person.get().quote()));
        }
        labels.put(article.id(), "Article");
        for (Fact.Link link : links) {
            checkEnds(link);
        }
    }

    private void checkEnds(Fact.Link link) {
        String fact = "relation " + link.from() + " -" + link.type() + "-> " + link.to();
        var ends = Vocabulary.RELATIONSHIPS.get(link.type());
        if (ends == null) {
            problem(fact, "unknown relationship type " + link.type());
            return;
        }
        String fromLabel = labels.get(link.from());
        String toLabel = labels.get(link.to());
        if (fromLabel == null) {
            problem(fact, "unknown id " + link.from() + " (declare it in this file)");
        } else if (!ends.from().contains(fromLabel)) {
            problem(fact, link.type() + " cannot start at a " + fromLabel + " (only " + ends.from() + ")");
        }
        if (toLabel == null) {
            problem(fact, "unknown id " + link.to() + " (declare it in this file)");
        } else if (!ends.to().contains(toLabel)) {
            problem(fact, link.type() + " cannot end at a " + toLabel + " (only " + ends.to() + ")");
        }
        if (link.type().equals("PART_OF") && fromLabel != null && !fromLabel.equals(toLabel)) {
            problem(fact, "PART_OF joins two nodes of the same label");
        }
    }

    // --- properties ------------------------------------------------------------------------------------------------

    private void property(String fact, Map<String, Object> properties, String key, Object value) {
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            var quantity = (Map<String, Object>) map;
            quantity(fact, properties, key, quantity);
        } else if (Vocabulary.DATE_PROPERTIES.contains(key)) {
            String why = dateProblem(value);
            if (why != null) {
                problem(fact, key + " " + why);
            }
            properties.put(key, str(value));
        } else if (value instanceof List<?> list) {
            properties.put(key, list.stream().map(String::valueOf).toList());
        } else if (value != null) {
            properties.put(key, value);
        }
    }

    /** {@code {value, unit, qualifier}} stored as name, nameUnit, nameQualifier and, for money, nameYuan. */
    private void quantity(String fact, Map<String, Object> properties, String key, Map<String, Object> quantity) {
        if (!QUANTITY_KEYS.containsAll(quantity.keySet()) || quantity.get("value") == null) {
            problem(fact, key + " must be {value, unit, qualifier}, not " + quantity);
            return;
        }
        Number value = number(fact, key, quantity.get("value"));
        String unit = str(quantity.get("unit"));
        if (unit == null || unit.isEmpty() || !Vocabulary.UNITS.contains(unit)) {
            problem(fact, key + " has unknown unit «" + unit + "» (one of " + Vocabulary.UNITS + ")");
        }
        String stem = key.equals("value") ? "" : key;
        properties.put(key, value);
        properties.put(stem.isEmpty() ? "unit" : stem + "Unit", unit);
        if (quantity.get("qualifier") != null && !"".equals(quantity.get("qualifier"))) {
            qualifier(fact, properties, stem.isEmpty() ? "qualifier" : stem + "Qualifier", quantity.get("qualifier"));
        }
        Double yuan = unit == null ? null : Vocabulary.YUAN.get(unit);
        if (yuan != null && value != null) {
            properties.put(stem.isEmpty() ? "valueYuan" : stem + "Yuan",
                    new BigDecimal(value.toString()).multiply(BigDecimal.valueOf(yuan)).doubleValue());
        }
    }

    private void qualifier(String fact, Map<String, Object> properties, String key, Object qualifier) {
        if (!Vocabulary.QUALIFIERS.contains(str(qualifier))) {
            problem(fact, "qualifier «" + qualifier + "» is not one of " + Vocabulary.QUALIFIERS);
        }
        properties.put(key, str(qualifier));
    }

    private Number number(String fact, String key, Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Double) {
            return (Number) value;
        }
        problem(fact, key + " is not a number: «" + value + "»");
        return null;
    }

    private Integer integer(String fact, String key, Object value) {
        if (value instanceof Integer n) {
            return n;
        }
        problem(fact, key + " is not a whole number: «" + value + "»");
        return null;
    }

    private void checkEnums(String fact, String label, Map<String, Object> properties) {
        Object level = properties.get("level");
        if (level != null && !Vocabulary.LEVELS.contains(level.toString())) {
            problem(fact, "level must be one of " + Vocabulary.LEVELS + ", not " + level);
        }
        if (label.equals("Award") && properties.get("year") != null && !(properties.get("year") instanceof Integer)) {
            problem(fact, "year is not a whole number: «" + properties.get("year") + "»");
        }
    }

    private String quote(String fact, Object quote) {
        String text = str(quote);
        if (text == null || text.isBlank()) {
            problem(fact, "has no quote");
        } else if (!article.contains(text)) {
            problem(fact, "quote not found verbatim in " + article.id() + ": «" + text + "»");
        }
        return text;
    }

    private static Object nz(Object value) {
        return value == null ? "" : value;
    }

    private void problem(String fact, String message) {
        problems.add(file + ": " + fact + ": " + message);
    }
}
