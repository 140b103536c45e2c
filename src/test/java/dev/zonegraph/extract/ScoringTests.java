package dev.zonegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.seed.Article;
import dev.zonegraph.seed.ArticleFacts;
import dev.zonegraph.seed.Fact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTests {

    private static final Proposals.Evidence QUOTE = new Proposals.Evidence("甲高新区", "text", 0, 4);

    private static final ArticleFacts GOLD = new ArticleFacts(
            Article.ofText(new Article.Header("article:t", 0, null, "t", null, null, List.of(), null, null), "甲高新区。"),
            List.of(new Fact.Node("zone:a", "Zone", Map.of("name", "甲高新区", "aliases", List.of()), "article:t", "q"),
                    new Fact.Node("ent:b", "Enterprise", Map.of("name", "乙公司", "aliases", List.of("乙")), "article:t",
                            "q"),
                    new Fact.Node("ind:t/1", "Indicator", Map.of("metric", "产值", "value", 5.0, "unit", "亿元",
                            "growth", 10.0, "period", "2021年", "kind", "ACTUAL"), "article:t", "q"),
                    new Fact.Node("ind:t/2", "Indicator", Map.of("metric", "员工", "value", 30, "unit", "名",
                            "kind", "ACTUAL"), "article:t", "q")),
            List.of(new Fact.Link("ent:b", "LOCATED_IN", "zone:a", Map.of(), "article:t", "q"),
                    new Fact.Link("zone:a", "HAS_INDICATOR", "ind:t/1", Map.of(), "article:t", "q"),
                    new Fact.Link("ent:b", "HAS_INDICATOR", "ind:t/2", Map.of(), "article:t", "q")),
            Map.of());

    @Test
    void matchesEntitiesByNameOrAliasAndRelationsThroughThem() {
        var proposals = new Proposals("article:t",
                List.of(entity("zone:x", "Zone", "甲高新区"), entity("ent:y", "Enterprise", "乙"),
                        entity("ent:z", "Enterprise", "丙公司")),
                List.of(new Proposals.Relation("ent:y", "LOCATED_IN", "zone:x", Map.of(), QUOTE, 0.5),
                        new Proposals.Relation("ent:z", "LOCATED_IN", "zone:x", Map.of(), QUOTE, 0.5)),
                List.of());
        Scoring.Score score = Scoring.score(GOLD, proposals);
        assertThat(score.entities()).isEqualTo(new Scoring.Count(2, 3, 2));
        assertThat(score.relations()).isEqualTo(new Scoring.Count(1, 2, 1));
        assertThat(score.indicators()).isEqualTo(new Scoring.Count(0, 0, 2));
    }

    @Test
    void anIndicatorCountsOnlyWithEveryFieldRight() {
        var right = indicator("zone:x", 5.0, 10.0, "2021年");
        var wrongPeriod = indicator("zone:x", 5.0, 10.0, "2022年");
        var wrongSubject = indicator("ent:y", 5.0, 10.0, "2021年");
        var proposals = new Proposals("article:t",
                List.of(entity("zone:x", "Zone", "甲高新区"), entity("ent:y", "Enterprise", "乙公司")), List.of(),
                List.of(wrongPeriod, wrongSubject, right));
        Scoring.Score score = Scoring.score(GOLD, proposals);
        assertThat(score.indicators()).isEqualTo(new Scoring.Count(1, 3, 2));
        assertThat(score.indicators().precision()).isEqualTo(1 / 3.0);
        assertThat(score.indicators().recall()).isEqualTo(0.5);
        assertThat(score.missed()).contains("indicator ind:t/2").doesNotContain("indicator ind:t/1");
    }

    @Test
    void aFigureWithTheRightSubjectValueAndUnitIsFoundEvenWithAnotherPeriod() {
        var proposals = new Proposals("article:t", List.of(entity("zone:x", "Zone", "甲高新区")), List.of(),
                List.of(indicator("zone:x", 5.0, 10.0, "2022年"), indicator("zone:x", 6.0, 10.0, "2021年")));
        Scoring.Score score = Scoring.score(GOLD, proposals);
        assertThat(score.indicators()).isEqualTo(new Scoring.Count(0, 2, 2));
        assertThat(score.figures()).isEqualTo(new Scoring.Count(1, 2, 2));
    }

    private static Proposals.Entity entity(String id, String label, String name) {
        return new Proposals.Entity(id, label, name, List.of(), Map.of(), QUOTE, 0.5, false);
    }

    private static Proposals.Indicator indicator(String subject, Double value, Double growth, String period) {
        return new Proposals.Indicator("ind:p", subject, "产值", value, "亿元", null, period, null, growth, "ACTUAL",
                QUOTE, 0.5);
    }
}
