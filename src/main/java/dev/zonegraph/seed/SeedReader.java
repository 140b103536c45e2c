package dev.zonegraph.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the seed folder (page, articles, facts, reference regions) and checks every fact against the page and the
 * vocabulary. Problems are collected, not stopped at: a {@link SeedException} lists all of them, each with its file
 * and fact.
 */
public final class SeedReader {

    private static final Pattern ID = Pattern.compile("[a-z]+:[a-z0-9][a-z0-9./-]*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final String location;
    private final List<String> problems = new ArrayList<>();

    private SeedReader(String location) {
        this.location = location;
    }

    /**
     * Reads the seed from a Spring resource location: {@code classpath:seeds/} (the copy built into the service) or
     * {@code file:/some/folder/}.
     */
    public static Seed read(String location) {
        var reader = new SeedReader(location.endsWith("/") ? location : location + "/");
        Seed seed = reader.readAll();
        if (!reader.problems.isEmpty()) {
            throw new SeedException(reader.problems);
        }
        return seed;
    }

    private Seed readAll() {
        String page = text(resource("page.txt"));
        var reference = readReference();
        List<Resource> articleFiles = resources("articles/*.yaml");
        if (articleFiles.isEmpty()) {
            problems.add(location + "articles/: no article files");
        }
        List<ArticleFacts> articles = new ArrayList<>();
        for (Resource articleFile : articleFiles) {
            String slug = Objects.requireNonNull(articleFile.getFilename()).replaceFirst("\\.yaml$", "");
            Article article = readArticle("articles/" + slug + ".yaml", yaml(articleFile), page);
            if (article == null) {
                continue;
            }
            Resource factsFile = resource("facts/" + slug + ".yaml");
            if (!factsFile.exists()) {
                problems.add("facts/" + slug + ".yaml: missing (every article needs its facts file)");
                continue;
            }
            articles.add(new FactsFile("facts/" + slug + ".yaml", article, problems).read(yaml(factsFile)));
        }
        articles.sort(Comparator.comparingInt(a -> a.article().order()));
        mergeSharedNodes(reference.nodes(), articles);
        return new Seed(reference.nodes(), reference.links(), articles);
    }

    private record Reference(List<Fact.Node> nodes, List<Fact.Link> links) {
    }

    private Reference readReference() {
        String file = "reference/regions.yaml";
        Resource resource = resource(file);
        if (!resource.exists()) {
            return new Reference(List.of(), List.of());
        }
        List<Fact.Node> nodes = new ArrayList<>();
        List<Fact.Link> links = new ArrayList<>();
        var ids = new LinkedHashSet<String>();
        for (Map<String, Object> region : maps(yaml(resource).get("regions"))) {
            String id = str(region.get("id"));
            String name = str(region.get("name"));
            String code = str(region.get("code"));
            if (id == null || !ID.matcher(id).matches() || name == null || code == null || !code.matches("\\d{6}")) {
                problems.add(file + ": region " + region + " needs an id, a name and a six-digit code");
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
            nodes.add(new Fact.Node(id, "Region", properties, code + " " + name));
            String partOf = str(region.get("partOf"));
            if (partOf != null) {
                links.add(new Fact.Link(id, "PART_OF", partOf, Map.of(),
                        code + " " + name));
            }
        }
        for (Fact.Link link : links) {
            if (!ids.contains(link.to())) {
                problems.add(file + ": region " + link.from() + " is part of unknown id " + link.to());
            }
        }
        return new Reference(nodes, links);
    }

    private Article readArticle(String file, Map<String, Object> yaml, String page) {
        String id = str(yaml.get("id"));
        String title = str(yaml.get("title"));
        String body = str(yaml.get("body"));
        if (id == null || !id.startsWith("article:") || title == null || body == null) {
            problems.add(file + ": needs id (article:...), title and body");
            return null;
        }
        var article = Article.of(id, yaml.get("order") instanceof Integer n ? n : 0, str(yaml.get("kicker")), title,
                str(yaml.get("subtitle")), str(yaml.get("byline")), strings(yaml.get("authors")),
                strings(yaml.get("headings")), strings(yaml.get("captions")), body);
        if (!page.contains(body.strip())) {
            problems.add(file + ": body is not verbatim in page.txt");
        }
        String flatPage = page.replaceAll("\\s+", "");
        for (String printed : printedLines(article)) {
            if (!flatPage.contains(printed.replaceAll("\\s+", ""))) {
                problems.add(file + ": «" + printed + "» is not on the page");
            }
        }
        for (String line : concat(article.headings(), article.captions())) {
            if (!article.paragraphs().contains(line)) {
                problems.add(file + ": heading/caption «" + line + "» is not a line of the body");
            }
        }
        return article;
    }

    private static List<String> printedLines(Article a) {
        List<String> lines = new ArrayList<>(List.of(a.title()));
        for (String s : Arrays.asList(a.kicker(), a.subtitle(), a.byline())) {
            if (s != null) {
                lines.add(s);
            }
        }
        return lines;
    }

    /**
     * An entity declared by several articles must agree on label and name; its properties and aliases are merged so
     * that every article writes the same node.
     */
    private void mergeSharedNodes(List<Fact.Node> reference, List<ArticleFacts> articles) {
        Map<String, Map<String, Object>> merged = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        Map<String, String> firstFile = new HashMap<>();
        for (Fact.Node node : reference) {
            merged.put(node.id(), new LinkedHashMap<>(node.properties()));
            labels.put(node.id(), node.label());
            firstFile.put(node.id(), "reference/regions.yaml");
        }
        for (ArticleFacts facts : articles) {
            for (Fact.Node node : facts.nodes()) {
                String file = facts.article().id();
                var known = merged.get(node.id());
                if (known == null) {
                    merged.put(node.id(), new LinkedHashMap<>(node.properties()));
                    labels.put(node.id(), node.label());
                    firstFile.put(node.id(), file);
                    continue;
                }
                if (!labels.get(node.id()).equals(node.label())) {
                    problems.add(file + ": " + node.id() + " is a " + node.label() + " here but a "
                            + labels.get(node.id()) + " in " + firstFile.get(node.id()));
                }
                node.properties().forEach((key, value) -> {
                    Object existing = known.get(key);
                    if (key.equals("aliases")) {
                        var union = new LinkedHashSet<>(strings(existing));
                        union.addAll(strings(value));
                        known.put(key, List.copyOf(union));
                    } else if (existing == null) {
                        known.put(key, value);
                    } else if (!existing.equals(value)) {
                        problems.add(file + ": " + node.id() + "." + key + " = " + value + " conflicts with "
                                + existing + " in " + firstFile.get(node.id()));
                    }
                });
            }
        }
        articles.replaceAll(facts -> new ArticleFacts(facts.article(),
                facts.nodes().stream().map(n -> new Fact.Node(n.id(), n.label(), Map.copyOf(merged.get(n.id())),
                        n.quote())).toList(),
                facts.links()));
    }

    // --- file access -------------------------------------------------------------------------------------------

    private Resource resource(String path) {
        return new PathMatchingResourcePatternResolver().getResource(location + path);
    }

    private List<Resource> resources(String pattern) {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(location + pattern))
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + location + pattern, e);
        }
    }

    private String text(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SeedException(List.of(location + resource.getFilename() + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    private Map<String, Object> yaml(Resource resource) {
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(text(resource));
            if (parsed instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                var result = (Map<String, Object>) map;
                return result;
            }
        } catch (RuntimeException e) {
            problems.add(resource.getFilename() + ": not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
            return Map.of();
        }
        problems.add(resource.getFilename() + ": must be a YAML mapping");
        return Map.of();
    }

    // --- value helpers shared with FactsFile ---------------------------------------------------------------------

    static String str(Object value) {
        return value == null ? null : value.toString();
    }

    static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(value.toString());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
        }
        return List.of();
    }

    static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Null if {@code value} is a valid ISO date, year-month or year; otherwise why not. */
    static String dateProblem(Object value) {
        String text = str(value);
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return "is not an ISO date (2021-12-23, 2022-03 or 2022): " + text;
        }
        try {
            switch (text.length()) {
                case 10 -> LocalDate.parse(text);
                case 7 -> YearMonth.parse(text);
                default -> { }
            }
            return null;
        } catch (DateTimeParseException e) {
            return "is not a real date: " + text;
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
