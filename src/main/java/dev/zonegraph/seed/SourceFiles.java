package dev.zonegraph.seed;

import static dev.zonegraph.seed.SeedReader.maps;
import static dev.zonegraph.seed.SeedReader.str;

import dev.zonegraph.seed.Problem.Code;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a set of files (the seed folder, or what {@code --import} is given): each YAML file is an article, a facts
 * file or the reference regions, told apart by its content; {@code page.txt} is the seed page. Every problem is one
 * line, {@code file:line:column: message}. Nothing here touches a database: what the files refer to beyond
 * themselves comes from {@link FactsValidator.Sources} (the graph, for an import; nothing, for the seed and
 * {@code --dry-run}).
 */
public final class SourceFiles {

    /** A file by the name problems report (its path as given) and its text. */
    public record SourceFile(String name, String text) {
    }

    /** What the files state, and every problem found. */
    public record Reading(Seed seed, List<String> problems) {
    }

    /** Sources for files that must be complete in themselves. */
    public static final FactsValidator.Sources NOTHING_BEYOND = new FactsValidator.Sources() {
        @Override
        public Article article(String id) {
            return null;
        }

        @Override
        public FactsValidator.Known node(String id) {
            return null;
        }
    };

    private final List<String> problems = new ArrayList<>();
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, YamlDocument> factsFiles = new LinkedHashMap<>();
    private Reference reference = new Reference(List.of(), List.of());

    private SourceFiles() {
    }

    /** Reads and checks {@code files}; facts may refer to articles and nodes that {@code beyond} knows. */
    public static Reading read(List<SourceFile> files, FactsValidator.Sources beyond) {
        return new SourceFiles().readAll(files, beyond);
    }

    private Reading readAll(List<SourceFile> files, FactsValidator.Sources beyond) {
        String page = files.stream().filter(f -> f.name().equals("page.txt") || f.name().endsWith("/page.txt"))
                .map(SourceFile::text).findFirst().orElse(null);
        for (SourceFile file : files.stream().filter(f -> f.name().endsWith(".yaml")).toList()) {
            YamlDocument document;
            try {
                document = YamlDocument.parse(file.name(), file.text());
            } catch (SeedException e) {
                problems.addAll(e.problems());
                continue;
            }
            classify(document, page);
        }
        var sources = new FactsValidator.Sources() {
            @Override
            public Article article(String id) {
                return articles.containsKey(id) ? articles.get(id) : beyond.article(id);
            }

            @Override
            public FactsValidator.Known node(String id) {
                return reference.nodes().stream().filter(n -> n.id().equals(id)).findFirst()
                        .map(n -> new FactsValidator.Known(n.label(), n.name())).orElseGet(() -> beyond.node(id));
            }
        };
        var stated = new ArrayList<ArticleFacts>();
        var documents = new HashMap<String, YamlDocument>();
        var covered = new java.util.HashSet<String>();
        factsFiles.forEach((name, document) -> {
            String articleId = str(document.map().get("article"));
            Article article = articleId == null ? null : sources.article(articleId);
            var checked = FactsValidator.check(document.map(), sources, articles.containsKey(articleId));
            checked.problems().forEach(p -> problems.add(document.format(p)));
            if (articleId == null) {
                problems.add(document.locate(List.of()) + ": a facts file names its article (article: article:...)");
            } else if (article != null) {
                stated.add(new ArticleFacts(article, checked.nodes(), checked.links(), checked.labels()));
                documents.put(article.id(), document);
                covered.add(article.id());
            }
        });
        articles.values().stream().filter(a -> !covered.contains(a.id()))
                .forEach(a -> stated.add(new ArticleFacts(a, List.of(), List.of(), Map.of())));
        stated.sort(Comparator.comparingInt((ArticleFacts a) -> a.article().order() == 0 ? Integer.MAX_VALUE
                : a.article().order()).thenComparing(a -> a.article().id()));
        var merged = mergeSharedNodes(stated, documents);
        return new Reading(new Seed(reference.nodes(), reference.links(), merged), List.copyOf(problems));
    }

    /** What a YAML file is, told by its keys. */
    public enum Kind { ARTICLE, FACTS, REFERENCE, UNKNOWN }

    /** Reference regions ({@code regions}), an article ({@code title}, {@code body} or {@code text}) or facts. */
    public static Kind kindOf(YamlDocument document) {
        Map<String, Object> values = document.map();
        if (!document.isMap()) {
            return Kind.UNKNOWN;
        }
        if (values.containsKey("regions")) {
            return Kind.REFERENCE;
        }
        if (values.containsKey("title") || values.containsKey("body") || values.containsKey("text")) {
            return Kind.ARTICLE;
        }
        if (values.containsKey("entities") || values.containsKey("relations") || values.containsKey("indicators")
                || values.containsKey("article")) {
            return Kind.FACTS;
        }
        return Kind.UNKNOWN;
    }

    private void classify(YamlDocument document, String page) {
        Map<String, Object> values = document.map();
        Kind kind = kindOf(document);
        if (!document.isMap()) {
            problems.add(document.locate(List.of()) + ": must be a YAML mapping");
        } else if (kind == Kind.REFERENCE) {
            reference = Reference.read(document, problems);
        } else if (kind == Kind.ARTICLE) {
            var found = new ArrayList<Problem>();
            Article article = ArticleFile.read(values, page, found);
            found.forEach(p -> problems.add(document.format(p)));
            if (article != null && articles.putIfAbsent(article.id(), article) != null) {
                problems.add(document.locate(List.of("id")) + ": article " + article.id() + " is declared twice");
            }
        } else if (kind == Kind.FACTS) {
            factsFiles.put(document.file(), document);
        } else {
            problems.add(document.locate(List.of()) + ": neither an article (title, text or body), a facts file"
                    + " (article, entities, relations, indicators) nor reference regions (regions)");
        }
    }

    /**
     * An entity declared by several articles must agree on label and values; its properties and aliases are merged
     * so that every article writes the same node.
     */
    private List<ArticleFacts> mergeSharedNodes(List<ArticleFacts> stated, Map<String, YamlDocument> documents) {
        Map<String, Map<String, Object>> merged = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        Map<String, String> firstFile = new HashMap<>();
        for (Fact.Node node : reference.nodes()) {
            merged.put(node.id(), node.properties());
            labels.put(node.id(), node.label());
            firstFile.put(node.id(), "reference regions");
        }
        for (ArticleFacts facts : stated) {
            YamlDocument document = documents.get(facts.article().id());
            for (Fact.Node node : facts.nodes()) {
                String file = document == null ? facts.article().id() : document.file();
                var known = merged.get(node.id());
                if (known == null) {
                    merged.put(node.id(), node.properties());
                    labels.put(node.id(), node.label());
                    firstFile.put(node.id(), file);
                    continue;
                }
                String at = document == null ? file : document.locate(entityPath(document, node.id()));
                if (!labels.get(node.id()).equals(node.label())) {
                    problems.add(at + ": " + node.id() + " is a " + node.label() + " here but a "
                            + labels.get(node.id()) + " in " + firstFile.get(node.id()));
                }
                var merge = NodeMerge.of(known, node.properties());
                merge.conflicts().forEach(c -> problems.add(at + ": " + node.id() + "." + c + " in "
                        + firstFile.get(node.id())));
                merged.put(node.id(), merge.properties());
            }
        }
        return stated.stream().map(facts -> new ArticleFacts(facts.article(), facts.nodes().stream()
                .map(n -> new Fact.Node(n.id(), n.label(), merged.get(n.id()), n.source(), n.quote())).toList(),
                facts.links(), facts.labels())).toList();
    }

    private static List<Object> entityPath(YamlDocument document, String id) {
        for (String list : List.of("entities", "indicators")) {
            var items = maps(document.map().get(list));
            for (int i = 0; i < items.size(); i++) {
                if (id.equals(str(items.get(i).get("id")))) {
                    return List.of(list, i);
                }
            }
        }
        return List.of();
    }

    /** The reference regions, which no article proves (cited to GB/T 2260). */
    public record Reference(List<Fact.Node> nodes, List<Fact.Link> links) {

        /** Reads a reference file; problems go to {@code problems} as {@code file:line:column: message}. */
        public static Reference read(YamlDocument document, List<String> problems) {
            List<Fact.Node> nodes = new ArrayList<>();
            List<Fact.Link> links = new ArrayList<>();
            var ids = new java.util.LinkedHashSet<String>();
            var regions = maps(document.map().get("regions"));
            for (int i = 0; i < regions.size(); i++) {
                var region = regions.get(i);
                String id = str(region.get("id"));
                String name = str(region.get("name"));
                String code = str(region.get("code"));
                if (!SeedReader.validId(id) || name == null || code == null || !code.matches("\\d{6}")) {
                    problems.add(document.locate(List.of("regions", i)) + ": region " + region
                            + " needs an id, a name and a six-digit code");
                    continue;
                }
                ids.add(id);
                var properties = new LinkedHashMap<String, Object>();
                properties.put("name", name);
                properties.put("aliases", List.of());
                if (region.get("nameEn") != null) {
                    properties.put("nameEn", str(region.get("nameEn")));
                }
                properties.put("kind", str(region.get("kind")));
                properties.put("code", code);
                properties.put("source", Seed.REFERENCE_SOURCE);
                nodes.add(new Fact.Node(id, "Region", properties, Seed.REFERENCE_SOURCE, code + " " + name));
                String partOf = str(region.get("partOf"));
                if (partOf != null) {
                    links.add(new Fact.Link(id, "PART_OF", partOf, Map.of(), Seed.REFERENCE_SOURCE, code + " " + name));
                }
            }
            for (Fact.Link link : links) {
                if (!ids.contains(link.to())) {
                    problems.add(document.file() + ": region " + link.from() + " is part of unknown id " + link.to());
                }
            }
            return new Reference(nodes, links);
        }
    }
}
