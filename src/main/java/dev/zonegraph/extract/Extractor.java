package dev.zonegraph.extract;

import dev.zonegraph.seed.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Proposes the facts of one article: HanLP segments each sentence, genre rules find the names, relationships and
 * figures, and every proposal quotes the sentence it comes from. One instance serves every article: the HanLP
 * dictionaries and the industry lexicon load once.
 */
public final class Extractor {

    private static final Pattern BYLINE_NOISE = Pattern.compile("▶|本报|特约|记者|通讯员|实习生|摄影|/摄");

    private final IndustryRules industries;

    public Extractor() {
        this.industries = new IndustryRules(lexicon("/extract/industries.txt"));
        Nlp.warmUp();
    }

    public Proposals propose(Article article, EntityIndex index) {
        Doc doc = new Doc(article);
        Map<Doc.Sentence, List<Nlp.Token>> tokens = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (Doc.Sentence s : doc.sentences) {
            if (s.passage().field().equals("byline")) {
                mentions.addAll(authors(s, article.authors()));
                continue;
            }
            var words = Nlp.tokens(s.text());
            tokens.put(s, words);
            var heads = HeadRules.find(s, words);
            mentions.addAll(heads);
            mentions.addAll(TitleRules.find(s));
            mentions.addAll(ContextRules.enterprises(s, words));
            mentions.addAll(ContextRules.projects(s, words));
            mentions.addAll(ContextRules.people(s, words));
            mentions.addAll(industries.find(s, words));
            mentions.addAll(Regions.find(s, words, index, heads));
        }
        mentions = Mentions.settle(doc, mentions);
        // Every name the entities may resolve by, looked up at once (an index over the graph fetches only these).
        index.lookUp(mentions.stream().flatMap(m -> Stream.concat(Stream.of(m.name()),
                m.aliases().stream())).toList());
        var entities = new Entities(mentions, index);
        var relations = RelationRules.find(doc, entities);
        var figures = new FigureRules(doc, entities, slug(article.id())).find();
        List<Proposals.Entity> all = new ArrayList<>(entities.all());
        all.replaceAll(e -> figures.projectProperties().containsKey(e.id()) ? withProps(e,
                figures.projectProperties().get(e.id())) : e);
        return new Proposals(article.id(), all, relations, figures.indicators());
    }

    private static Proposals.Entity withProps(Proposals.Entity e, Map<String, Object> more) {
        var props = new java.util.LinkedHashMap<>(e.props());
        more.forEach(props::putIfAbsent);
        return new Proposals.Entity(e.id(), e.label(), e.name(), e.aliases(), props, e.evidence(), e.confidence(),
                e.existing());
    }

    /** Authors named in the byline (本报特约通讯员 张静攀; 汪勇 贾婷婷 青萍). */
    private static List<Mention> authors(Doc.Sentence s, List<String> declared) {
        List<Mention> found = new ArrayList<>();
        String text = s.text();
        var names = new LinkedHashSet<String>();
        for (String part : BYLINE_NOISE.matcher(text).replaceAll(" ").split("[\\s,,、]+")) {
            if (part.matches("\\p{IsHan}{2,4}")) {
                names.add(part);
            }
        }
        names.addAll(declared);
        for (String name : names) {
            int at = text.indexOf(name);
            if (at >= 0) {
                found.add(new Mention("Person", name, s, at, at + name.length(), Map.of(), 0.9));
            }
        }
        return found;
    }

    private static String slug(String articleId) {
        return articleId.substring(articleId.indexOf(':') + 1).replaceAll("[^a-z0-9-]", "-");
    }

    private static List<String> lexicon(String resource) {
        try (InputStream in = Extractor.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
