package dev.zonegraph.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.zonegraph.support.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed files as committed read without a problem, and each kind of bad fact is refused by name, with the line and
 * column of the value at fault.
 */
class SeedReaderTests {

    static final Path SEEDS = Path.of("seeds");

    @TempDir
    Path temp;

    @Test
    void committedSeedReadsCleanly() {
        Seed seed = SeedReader.read("file:" + SEEDS.toAbsolutePath() + "/");

        assertThat(seed.articles()).extracting(a -> a.article().id()).containsExactly("article:xian",
                "article:jining", "article:chengdu", "article:guangzhou", "article:baotou", "article:weinan");
        assertThat(seed.articles()).allSatisfy(a -> assertThat(a.nodes()).isNotEmpty());
        assertThat(seed.referenceNodes()).extracting(Fact.Node::id).contains("region:shaanxi", "region:xian");
    }

    @Test
    void everyQuoteStandsOnThePage() throws IOException {
        String flatPage = Files.readString(SEEDS.resolve("page.txt")).replaceAll("\\s+", "");
        Seed seed = SeedReader.read("file:" + SEEDS.toAbsolutePath() + "/");

        List<String> quotes = new ArrayList<>();
        for (ArticleFacts facts : seed.articles()) {
            facts.nodes().forEach(n -> quotes.add(n.quote()));
            facts.links().forEach(l -> quotes.add(l.quote()));
        }
        assertThat(quotes).hasSizeGreaterThan(300)
                .allSatisfy(q -> assertThat(flatPage).contains(q.replaceAll("\\s+", "")));
    }

    @Test
    void everyBadFactIsRefusedWithItsFileAndName() throws IOException {
        Path seeds = copyOfSeeds();
        edit(seeds.resolve("facts/xian.yaml"),
                "quote: 西安高新区前两个月规模以上工业产值同比增长34.9%,达479.8亿元。",
                "quote: 西安高新区前两个月规模以上工业产值同比增长35%,达479.8亿元。");
        edit(seeds.resolve("facts/xian.yaml"),
                "type: WORKS_FOR, to: \"ent:byd\"", "type: WORKS_FOR, to: \"ent:nobody\"");
        edit(seeds.resolve("facts/xian.yaml"), "value: 479.8\n", "value: 479.8亿\n");
        edit(seeds.resolve("facts/weinan.yaml"), "investment: {value: 9.45, unit: 亿元",
                "investment: {value: 9.45, unit: 亿美元");
        edit(seeds.resolve("facts/weinan.yaml"), "startDate: \"2022-03\"", "startDate: \"2022-13\"");

        var refused = catchThrowableOfType(SeedException.class, () -> SeedReader.read("file:" + seeds + "/"));

        assertThat(refused.problems()).containsExactlyInAnyOrder(
                "facts/xian.yaml:189:12: indicator ind:xian/zone-industrial-output/2022-01-02: quote not found verbatim"
                        + " in article:xian: «西安高新区前两个月规模以上工业产值同比增长35%,达479.8亿元。»",
                "facts/xian.yaml:182:12: indicator ind:xian/zone-industrial-output/2022-01-02: value is not a number:"
                        + " «479.8亿»",
                "facts/xian.yaml:170:54: relation person:liu-zhenyu -WORKS_FOR-> ent:nobody: unknown id ent:nobody"
                        + " (declare it in these facts)",
                "facts/weinan.yaml:34:39: entity proj:weinan-auto-core-parts-park-phase1: investment has unknown unit"
                        + " «亿美元» (one of " + Vocabulary.UNITS + ")",
                "facts/weinan.yaml:32:18: entity proj:weinan-auto-core-parts-park-phase1: startDate is not a real date:"
                        + " 2022-13");
        assertThat(refused).hasMessageStartingWith("5 problem(s) in the seed files:");
    }

    @Test
    void articleBodyMustBeThePagesText() throws IOException {
        Path seeds = copyOfSeeds();
        edit(seeds.resolve("articles/jining.yaml"), "济宁市共有17个品牌入选", "济宁市共有18个品牌入选");

        var refused = catchThrowableOfType(SeedException.class, () -> SeedReader.read("file:" + seeds + "/"));

        assertThat(refused.problems()).contains("articles/jining.yaml:10:7: body is not verbatim in page.txt");
    }

    @Test
    void entityDeclaredByTwoArticlesMustAgree() throws IOException {
        Path seeds = copyOfSeeds();
        edit(seeds.resolve("facts/weinan.yaml"), "props: {kind: PROVINCE, code: \"610000\"}",
                "props: {kind: PROVINCE, code: \"610001\"}");

        var refused = catchThrowableOfType(SeedException.class, () -> SeedReader.read("file:" + seeds + "/"));

        assertThat(refused.problems()).anySatisfy(p -> assertThat(p)
                .contains("region:shaanxi.code = 610001 conflicts with 610000"));
    }

    private Path copyOfSeeds() throws IOException {
        return Folders.copy(SEEDS, temp.resolve("seeds"));
    }

    /** Replaces text that must be there: an edit that finds nothing would make the test meaningless. */
    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("%s holds the text to edit", file).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
