package dev.zonegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.seed.Article;
import dev.zonegraph.seed.ArticleFacts;
import dev.zonegraph.seed.Seed;
import dev.zonegraph.seed.SeedReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExtractorTests {

    static final Extractor EXTRACTOR = new Extractor();
    static final Seed SEEDS = SeedReader.read(ExtractEvaluation.SEEDS);

    static Stream<ArticleFacts> everyArticle() {
        return Stream.concat(SEEDS.articles().stream(),
                SeedReader.read(ExtractEvaluation.FIXTURES).articles().stream());
    }

    @ParameterizedTest
    @MethodSource("everyArticle")
    void everyProposalQuotesItsArticleVerbatimAtItsOffsets(ArticleFacts facts) {
        Article article = facts.article();
        Proposals proposals = EXTRACTOR.propose(article, EntityIndex.of(SEEDS, article.id()));
        List<Proposals.Evidence> evidence = new ArrayList<>();
        proposals.entities().forEach(e -> evidence.add(e.evidence()));
        proposals.relations().forEach(r -> evidence.add(r.evidence()));
        proposals.indicators().forEach(i -> evidence.add(i.evidence()));
        assertThat(proposals.entities()).isNotEmpty();
        assertThat(proposals.indicators()).isNotEmpty();
        for (Proposals.Evidence e : evidence) {
            assertThat(article.contains(e.quote())).as(e.quote()).isTrue();
            assertThat(field(article, e.field()).substring(e.start(), e.end())).isEqualTo(e.quote());
        }
    }

    private static String field(Article article, String field) {
        return switch (field) {
            case "text" -> article.text();
            case "title" -> article.title();
            case "kicker" -> article.kicker();
            case "byline" -> article.byline();
            default -> throw new AssertionError("unknown field " + field);
        };
    }

    @Test
    void readsAFigureWithItsGrowthPeriodAndSubject() {
        Proposals p = propose("西安高新区前两个月规模以上工业产值同比增长34.9%,达479.8亿元。", EntityIndex.of(SEEDS, null));
        assertThat(p.indicators()).singleElement().satisfies(i -> {
            assertThat(i.subject()).isEqualTo("zone:xian");
            assertThat(i.value()).isEqualTo(479.8);
            assertThat(i.unit()).isEqualTo("亿元");
            assertThat(i.growth()).isEqualTo(34.9);
            assertThat(i.period()).isEqualTo("前两个月");
            assertThat(i.kind()).isEqualTo("ACTUAL");
            assertThat(i.evidence().quote()).contains("479.8亿元");
        });
    }

    @Test
    void aFigureAfterLiZhengIsATargetWithItsQualifier() {
        Proposals p = propose("今年,合肥高新区力争实现营业收入6500亿元以上。", EntityIndex.empty());
        assertThat(p.indicators()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("TARGET");
            assertThat(i.qualifier()).isEqualTo("以上");
            assertThat(i.period()).isEqualTo("今年");
        });
    }

    @Test
    void aKnownCompanyWrittenWithAnotherLegalFormLinksInsteadOfATwin() {
        Proposals p = propose("渭南高新区项目由陕西威楠高科(集团)实业有限公司投资建设。", EntityIndex.of(SEEDS, null));
        assertThat(p.entities()).filteredOn(e -> e.label().equals("Enterprise")).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("ent:shaanxi-weinan-gaoke-group");
            assertThat(e.existing()).isTrue();
            assertThat(e.aliases()).contains("陕西威楠高科(集团)实业有限公司");
        });
        assertThat(p.entities()).filteredOn(e -> e.label().equals("Zone")).extracting(Proposals.Entity::id)
                .containsExactly("zone:weinan");
    }

    @Test
    void aTitleConferredByAMinistryIsNationalWithItsConferrer() {
        Proposals p = propose("近日,工信部公布2021年度绿色制造名单,包头稀土高新区成功获评国家级“绿色工业园区”。",
                EntityIndex.empty());
        var award = p.entities().stream().filter(e -> e.label().equals("Award")).findFirst().orElseThrow();
        assertThat(award.name()).isEqualTo("绿色工业园区");
        assertThat(p.relations()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo("CONFERRED_BY");
            assertThat(r.from()).isEqualTo(award.id());
        });
        assertThat(p.relations()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo("RECEIVED");
            assertThat(r.to()).isEqualTo(award.id());
        });
    }

    static Proposals propose(String body, EntityIndex index) {
        Article article = Article.ofText(new Article.Header("article:test", 0, null, "测试", null, null, List.of(),
                null, null), body);
        return EXTRACTOR.propose(article, index);
    }
}
