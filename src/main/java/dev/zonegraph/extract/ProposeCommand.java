package dev.zonegraph.extract;

import dev.zonegraph.seed.Article;
import dev.zonegraph.seed.ArticleFile;
import dev.zonegraph.seed.Problem;
import dev.zonegraph.seed.SeedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code --propose ARTICLE_FILE [--out PATH] [--seeds LOCATION]}: proposes the facts of an article file and prints
 * them as a facts file (or writes them to PATH), resolving names against the seed files; no database starts.
 */
public final class ProposeCommand {

    public static final String OPTION = "--propose";

    private ProposeCommand() {
    }

    public static boolean requested(String[] args) {
        return List.of(args).stream().anyMatch(a -> a.equals(OPTION) || a.startsWith(OPTION + "="));
    }

    public static void run(String[] args) throws IOException {
        String article = option(args, OPTION);
        if (article == null) {
            throw new IllegalArgumentException("usage: --propose ARTICLE_FILE [--out PATH] [--seeds LOCATION]");
        }
        String seeds = option(args, "--seeds");
        var index = EntityIndex.of(SeedReader.read(seeds == null ? "classpath:seeds/" : seeds), null);
        String yaml = FactsYaml.render(new Extractor().propose(readArticle(Path.of(article)), index));
        String out = option(args, "--out");
        if (out == null) {
            System.out.print(yaml);
        } else {
            Files.writeString(Path.of(out), yaml, StandardCharsets.UTF_8);
            System.out.println("Wrote " + Path.of(out).toAbsolutePath());
        }
    }

    /** An article file in the seed format, read by the seed's reader; its place on the page does not matter here. */
    static Article readArticle(Path file) throws IOException {
        Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file,
                StandardCharsets.UTF_8));
        if (!(yaml instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(file + ": not an article file (seeds/README.md)");
        }
        var values = new LinkedHashMap<String, Object>();
        map.forEach((k, v) -> values.put(String.valueOf(k), v));
        values.remove("order");
        List<Problem> problems = new ArrayList<>();
        Article read = ArticleFile.read(values, null, problems);
        if (read == null || !problems.isEmpty()) {
            throw new IllegalArgumentException(file + ": " + problems.stream().map(Problem::message).toList());
        }
        return read;
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE}, or null. */
    static String option(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
        }
        return null;
    }
}
