package dev.zonegraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleCleaningTests {

    @Test
    void lineBrokenByTheLayoutIsJoinedWithoutSeparator() {
        var paragraphs = Article.clean("""
                其中,三星半导体产值同比增长34.5%,达165亿元;众迪

                锂电池产值增速更是高达1165%,达22.4亿元……
                """, Set.of(), Set.of());

        assertThat(paragraphs).containsExactly("其中,三星半导体产值同比增长34.5%,达165亿元;众迪锂电池产值增速更是高达1165%,达22.4亿元……");
    }

    @Test
    void headingsAndCaptionsStandAloneAndSentencesEndParagraphs() {
        var paragraphs = Article.clean("""
                抢抓生产
                工业企业运营表现亮眼

                第一句。
                第二句
                图片来源:西安高新区
                第三句。
                """, Set.of("抢抓生产", "工业企业运营表现亮眼"), Set.of("图片来源:西安高新区"));

        assertThat(paragraphs).containsExactly("抢抓生产", "工业企业运营表现亮眼", "第一句。", "第二句",
                "图片来源:西安高新区", "第三句。");
    }

    @Test
    void quoteMatchesOneParagraphOrThePrintedMetadataOnly() {
        var article = Article.ofBody(new Article.Header("article:t", 1, "眉题", "标题", null, "▶ 通讯员 甲",
                List.of("甲"), null, null), List.of(), List.of(), "第一段。\n第二段。\n");

        assertThat(article.contains("第一段。")).isTrue();
        assertThat(article.contains("标题")).isTrue();
        assertThat(article.contains("通讯员 甲")).isTrue();
        assertThat(article.contains("第一段。第二段")).as("across paragraphs").isFalse();
        assertThat(article.contains("")).isFalse();
    }
}
