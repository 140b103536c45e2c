package dev.zonegraph.seed;

import static dev.zonegraph.seed.SeedReader.maps;
import static dev.zonegraph.seed.SeedReader.str;
import static dev.zonegraph.seed.SeedReader.strings;
import static dev.zonegraph.seed.SeedReader.validId;

import dev.zonegraph.seed.Problem.Code;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one check every fact passes before it is written, whether it comes from a facts file (seed or
 * {@code --import}) or from the GraphQL {@code assertFacts} mutation: both hand over the same shape (entities,
 * relations, indicators; each with a {@code quote} from the document's {@code article}, or its own
 * {@code evidence: {article, quote}}). Quotes must stand verbatim in their article, ids, labels, types and ends come
 * from the vocabulary, numbers, units and dates are well-formed. Every problem is collected with its path.
 */
public final class FactsValidator {

    /** What the facts may refer to besides themselves: articles and, where there is a graph, its nodes. */
    public interface Sources {

        /** The article with this id, or null if there is none. */
        Article article(String id);

        /** A node not declared in the facts being checked, or null if there is none. */
        Known node(String id);
    }

    /** A node the facts refer to without declaring it. */
    public record Known(String label, String name) {
    }

    /** The checked facts: nodes and links ready to write, the label of every id they touch, and the problems. */
    public record Checked(List<Fact.Node> nodes, List<Fact.Link> links, Map<String, String> labels,
            List<Problem> problems) {
    }

    private final Sources sources;
    private final boolean authorsMustBeDeclared;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> labels = new HashMap<>();
    private final List<Fact.Node> nodes = new ArrayList<>();
    private final List<Stated> links = new ArrayList<>();
    private final List<Stated> indicatorLinks = new ArrayList<>();
    private final FactProperties properties = new FactProperties(problems);
    private String documentArticle;

    private FactsValidator(Sources sources, boolean authorsMustBeDeclared) {
        this.sources = sources;
        this.authorsMustBeDeclared = authorsMustBeDeclared;
    }

    /**
     * Checks one facts document.
     *
     * @param facts the document: {@code article} (the default source of quotes), {@code entities}, {@code relations},
     *        {@code indicators}
     * @param sources the articles and existing nodes the facts may refer to
     * @param authorsMustBeDeclared whether every author of the document's article must be declared as a Person (the
     *        seed's rule); otherwise authors that are declared are linked and the others left alone
     */
    public static Checked check(Map<String, Object> facts, Sources sources, boolean authorsMustBeDeclared) {
        var validator = new FactsValidator(sources, authorsMustBeDeclared);
        validator.read(facts);
        return new Checked(List.copyOf(validator.nodes), validator.links.stream().map(Stated::link).toList(),
                Map.copyOf(validator.labels),
                List.copyOf(validator.problems));
    }

    private void read(Map<String, Object> facts) {
        documentArticle = str(facts.get("article"));
        if (documentArticle != null && sources.article(documentArticle) == null) {
            problems.add(new Problem(List.of("article"), "unknown article " + documentArticle, Code.UNKNOWN_ARTICLE));
        }
        var entities = maps(facts.get("entities"));
        for (int i = 0; i < entities.size(); i++) {
            readEntity(List.of("entities", i), entities.get(i));
        }
        var indicators = maps(facts.get("indicators"));
        for (int i = 0; i < indicators.size(); i++) {
            readIndicator(List.of("indicators", i), indicators.get(i));
        }
        var relations = maps(facts.get("relations"));
        for (int i = 0; i < relations.size(); i++) {
            readRelation(List.of("relations", i), relations.get(i));
        }
        links.addAll(indicatorLinks);
        linkAuthors();
        for (Stated link : links) {
            checkEnds(link);
        }
    }

    private void readEntity(List<Object> at, Map<String, Object> e) {
        String id = str(e.get("id"));
        String label = str(e.get("label"));
        String name = str(e.get("name"));
        String fact = "entity " + id;
        if (!validId(id)) {
            problem(at, "id", fact, "id must look like zone:xian (lower-case ASCII, a label prefix and a colon)",
                    Code.INVALID);
            return;
        }
        if (!Vocabulary.ENTITY_LABELS.contains(label)) {
            problem(at, "label", fact, "unknown label " + label + " (one of " + Vocabulary.ENTITY_LABELS + ")",
                    Code.UNKNOWN_LABEL);
            return;
        }
        if (!label.equals(Vocabulary.labelOfId(id))) {
            problem(at, "id", fact, "the id of a " + label + " starts with " + Vocabulary.ID_PREFIXES.get(label) + ":",
                    Code.INVALID);
        }
        if (name == null || name.isBlank()) {
            problem(at, "name", fact, "has no name", Code.INVALID);
        }
        if (labels.put(id, label) != null) {
            problem(at, "id", fact, "is declared twice", Code.DUPLICATE);
        }
        var values = new LinkedHashMap<String, Object>();
        values.put("name", name);
        values.put("aliases", strings(e.get("aliases")));
        if (e.get("nameEn") != null) {
            values.put("nameEn", str(e.get("nameEn")));
        }
        if (e.get("props") instanceof Map<?, ?> props) {
            props.forEach((key, value) -> properties.put(path(at, "props", key.toString()), fact, values,
                    key.toString(), value));
        }
        properties.checkEnums(path(at, "props"), fact, label, values);
        Evidence evidence = evidence(at, fact, e);
        nodes.add(new Fact.Node(id, label, values, evidence.article(), evidence.quote()));
    }

    private void readIndicator(List<Object> at, Map<String, Object> i) {
        String id = str(i.get("id"));
        String fact = "indicator " + id;
        if (!validId(id) || !id.startsWith("ind:")) {
            problem(at, "id", fact, "id must look like ind:zone/metric/period", Code.INVALID);
            return;
        }
        if (labels.put(id, "Indicator") != null) {
            problem(at, "id", fact, "is declared twice", Code.DUPLICATE);
        }
        String subject = str(i.get("subject"));
        Map<String, Object> values = properties.indicator(at, fact, i);
        String subjectName = nodes.stream().filter(n -> n.id().equals(subject)).map(Fact.Node::name).findFirst()
                .orElseGet(() -> {
                    Known known = subject == null ? null : sources.node(subject);
                    return known == null ? null : known.name();
                });
        if (subjectName != null) {
            values.put("name", subjectName + " " + values.get("metric")
                    + (values.get("period") == null ? "" : "(" + values.get("period") + ")"));
        }
        Evidence evidence = evidence(at, fact, i);
        nodes.add(new Fact.Node(id, "Indicator", values, evidence.article(), evidence.quote()));
        indicatorLinks.add(new Stated(new Fact.Link(subject, "HAS_INDICATOR", id, Map.of(), evidence.article(),
                evidence.quote()), path(at, "subject"), path(at, "id"), path(at, "id")));
    }

    private void readRelation(List<Object> at, Map<String, Object> r) {
        String from = str(r.get("from"));
        String type = str(r.get("type"));
        String to = str(r.get("to"));
        String fact = "relation " + from + " -" + type + "-> " + to;
        if (type != null && Vocabulary.DERIVED.contains(type)) {
            problem(at, "type", fact, type + " is made by the loader (from indicators, authors and quotes); do not"
                    + " state it", Code.UNKNOWN_TYPE);
            return;
        }
        var values = new LinkedHashMap<String, Object>();
        if (r.get("props") instanceof Map<?, ?> props) {
            props.forEach((key, value) -> properties.put(path(at, "props", key.toString()), fact, values,
                    key.toString(), value));
        }
        if ("WORKS_FOR".equals(type) && values.get("role") == null) {
            problem(at, "props", fact, "WORKS_FOR needs props.role", Code.INVALID);
        }
        Evidence evidence = evidence(at, fact, r);
        links.add(new Stated(new Fact.Link(from, type, to, values, evidence.article(), evidence.quote()),
                path(at, "from"), path(at, "type"), path(at, "to")));
    }

    /** Authors of the document's article become WROTE links from the declared Person of the same name. */
    private void linkAuthors() {
        Article article = documentArticle == null ? null : sources.article(documentArticle);
        if (article == null) {
            return;
        }
        for (String author : article.authors()) {
            var person = nodes.stream().filter(n -> n.label().equals("Person") && author.equals(n.name())).findFirst();
            if (person.isPresent()) {
                List<Object> at = List.of("entities", nodes.indexOf(person.get()));
                links.add(new Stated(new Fact.Link(person.get().id(), "WROTE", article.id(), Map.of(),
                        person.get().source(), person.get().quote()), at, at, at));
            } else if (authorsMustBeDeclared) {
                problems.add(new Problem(List.of("entities"), "author " + author
                        + ": has no Person entity with that name", Code.INVALID));
            }
        }
        labels.put(article.id(), "Article");
    }

    /** A link with the paths of its start, type and end in the facts document. */
    private record Stated(Fact.Link link, List<Object> from, List<Object> type, List<Object> to) {
    }

    private void checkEnds(Stated stated) {
        Fact.Link link = stated.link();
        String fact = "relation " + link.from() + " -" + link.type() + "-> " + link.to();
        var ends = Vocabulary.RELATIONSHIPS.get(link.type());
        if (ends == null) {
            problems.add(new Problem(stated.type(), fact + ": unknown relationship type " + link.type() + " (one of "
                    + Vocabulary.RELATIONSHIPS.keySet().stream().sorted().toList() + ")", Code.UNKNOWN_TYPE));
            return;
        }
        String fromLabel = labelOf(link.from());
        String toLabel = labelOf(link.to());
        if (fromLabel == null) {
            problems.add(new Problem(stated.from(), fact + ": unknown id " + link.from()
                    + " (declare it in these facts)", Code.UNKNOWN_ID));
        } else if (!ends.from().contains(fromLabel)) {
            problems.add(new Problem(stated.from(), fact + ": " + link.type() + " cannot start at a " + fromLabel
                    + " (only " + sorted(ends.from()) + ")", Code.WRONG_ENDPOINT));
        }
        if (toLabel == null) {
            problems.add(new Problem(stated.to(), fact + ": unknown id " + link.to() + " (declare it in these facts)",
                    Code.UNKNOWN_ID));
        } else if (!ends.to().contains(toLabel)) {
            problems.add(new Problem(stated.to(), fact + ": " + link.type() + " cannot end at a " + toLabel
                    + " (only " + sorted(ends.to()) + ")", Code.WRONG_ENDPOINT));
        }
        if (link.type().equals("PART_OF") && fromLabel != null && !fromLabel.equals(toLabel)) {
            problems.add(new Problem(stated.to(), fact + ": PART_OF joins two nodes of the same label",
                    Code.WRONG_ENDPOINT));
        }
    }

    private static List<String> sorted(java.util.Set<String> labels) {
        return labels.stream().sorted().toList();
    }

    /** The label of an id declared here, or of a node the sources know; null if neither. */
    private String labelOf(String id) {
        if (id == null) {
            return null;
        }
        String declared = labels.get(id);
        if (declared != null) {
            return declared;
        }
        Known known = sources.node(id);
        if (known != null) {
            labels.put(id, known.label());
            return known.label();
        }
        return null;
    }

    private record Evidence(String article, String quote) {
    }

    /** The fact's evidence: its own {@code evidence: {article, quote}}, or a {@code quote} from the document's article. */
    private Evidence evidence(List<Object> at, String fact, Map<String, Object> values) {
        List<Object> where = at;
        String article = documentArticle;
        String quote = str(values.get("quote"));
        if (values.get("evidence") instanceof Map<?, ?> evidence) {
            where = path(at, "evidence");
            article = evidence.get("article") != null ? str(evidence.get("article")) : documentArticle;
            quote = str(evidence.get("quote"));
        }
        if (quote == null || quote.isBlank() || article == null) {
            boolean given = values.containsKey("quote") || values.get("evidence") != null;
            problems.add(new Problem(given ? path(where, "quote") : path(at, "evidence"), fact
                    + ": has no evidence (an article and a quote)", Code.MISSING_EVIDENCE));
            return new Evidence(article, quote);
        }
        Article source = sources.article(article);
        if (source == null) {
            if (!article.equals(documentArticle)) {
                problems.add(new Problem(path(where, "article"), fact + ": unknown article " + article,
                        Code.UNKNOWN_ARTICLE));
            }
        } else if (!source.contains(quote)) {
            problems.add(new Problem(path(where, "quote"), fact + ": quote not found verbatim in " + article + ": «"
                    + quote + "»", Code.QUOTE_NOT_FOUND));
        }
        return new Evidence(article, quote);
    }

    private void problem(List<Object> at, String key, String fact, String message, Code code) {
        problems.add(new Problem(path(at, key), fact + ": " + message, code));
    }

    static List<Object> path(List<Object> at, Object... steps) {
        var longer = new ArrayList<>(at);
        longer.addAll(List.of(steps));
        return List.copyOf(longer);
    }
}
