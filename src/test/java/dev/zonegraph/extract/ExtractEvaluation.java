package dev.zonegraph.extract;

import dev.zonegraph.seed.ArticleFacts;
import dev.zonegraph.seed.Seed;
import dev.zonegraph.seed.SeedReader;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./mvnw -q -Pextract-eval}: proposes the facts of the six seed articles and of the fixture articles held
 * out of the seed gold, scores them against their curated facts files and prints precision and recall
 * per kind, per article and overall, then how long one proposal takes once the extractor has started. An indicator
 * counts only with every field right; "figures found" also counts one whose subject, value and unit are right and
 * whose period, growth, qualifier or kind is not.
 * Each article's names resolve against the other articles' entities, never its own facts.
 * {@code -Dextract.args=--missed} lists, for the seed articles only, the gold facts missed and the proposals that
 * matched none: the fixtures' misses are never printed, so rules cannot be tuned against them.
 */
public final class ExtractEvaluation {

    static final String SEEDS = "classpath:seeds/";
    static final String FIXTURES = "classpath:extract/";

    public static void main(String[] args) {
        var extractor = new Extractor();
        boolean verbose = List.of(args).contains("--missed");
        Seed seeds = SeedReader.read(SEEDS);
        Seed fixtures = SeedReader.read(FIXTURES);
        System.out.println(table("Seed articles (the rules were written against these)", seeds, seeds, extractor,
                verbose));
        System.out.println(table("Fixture articles (held out: their misses are not printed)", fixtures, seeds,
                extractor, false));
        System.out.println(timing(seeds, extractor));
    }

    static String table(String title, Seed articles, Seed known, Extractor extractor, boolean verbose) {
        var out = new StringBuilder("## " + title + "\n\n");
        out.append("| article | entities P | entities R | relations P | relations R | indicators P | indicators R "
                + "| figures found R |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        Scoring.Score total = Scoring.ZERO;
        for (ArticleFacts gold : articles.articles()) {
            var index = EntityIndex.of(known, gold.article().id());
            Scoring.Score score = Scoring.score(gold, extractor.propose(gold.article(), index));
            total = total.plus(score);
            out.append(row(gold.article().id(), score));
            if (verbose) {
                score.missed().forEach(m -> out.append("  missed: ").append(m).append('\n'));
                score.wrong().forEach(w -> out.append("  wrong:  ").append(w).append('\n'));
            }
        }
        return out.append(row("**overall**", total)).toString();
    }

    private static String row(String name, Scoring.Score s) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", name,
                pct(s.entities().precision(), s.entities().matched(), s.entities().proposed()),
                pct(s.entities().recall(), s.entities().matched(), s.entities().gold()),
                pct(s.relations().precision(), s.relations().matched(), s.relations().proposed()),
                pct(s.relations().recall(), s.relations().matched(), s.relations().gold()),
                pct(s.indicators().precision(), s.indicators().matched(), s.indicators().proposed()),
                pct(s.indicators().recall(), s.indicators().matched(), s.indicators().gold()),
                pct(s.figures().recall(), s.figures().matched(), s.figures().gold()));
    }

    private static String pct(double ratio, int of, int total) {
        return String.format(Locale.ROOT, "%.0f%% (%d/%d)", 100 * ratio, of, total);
    }

    /** Median and slowest time of proposing one article, after every article was proposed once. */
    static String timing(Seed seeds, Extractor extractor) {
        var index = EntityIndex.of(seeds, null);
        List<ArticleFacts> articles = seeds.articles();
        int rounds = 20;
        long[] times = new long[rounds * articles.size()];
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (ArticleFacts a : articles) {
                long start = System.nanoTime();
                extractor.propose(a.article(), index);
                times[n++] = System.nanoTime() - start;
            }
        }
        java.util.Arrays.sort(times);
        return String.format(Locale.ROOT, "Proposing one article (after start-up, %d proposals over the six seed "
                + "articles): median %.1f ms, slowest %.1f ms%n", times.length, times[times.length / 2] / 1e6,
                times[times.length - 1] / 1e6);
    }
}
